package org.w3id.lkg.ingest.analysis;

import java.util.List;

import org.w3id.lkg.ingest.extract.Sanction;
import org.w3id.lkg.ingest.table.SourcePosition;

/**
 * The sanctions read for one provision: from the wording a list quotes for it, or from the name of an item that
 * quotes none (then {@code note} says so and stands as their condition).
 *
 * @param provision      the provision that prescribes them
 * @param provisionLabel its label, e.g. 中华人民共和国律师法第四十九条
 * @param sanctions      what was read, in order
 * @param position       where the text they were read from is
 * @param note           for sanctions read from an item's name, 据事项名称：…; else null
 */
public record PrescribedSanctions(CitedProvision provision, String provisionLabel, List<Sanction> sanctions,
                                  SourcePosition position, String note) {
    public PrescribedSanctions {
        sanctions = List.copyOf(sanctions);
    }
}
