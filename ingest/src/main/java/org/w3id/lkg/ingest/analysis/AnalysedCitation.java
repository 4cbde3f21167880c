package org.w3id.lkg.ingest.analysis;

import org.w3id.lkg.ingest.table.SourcePosition;

/**
 * One citation of an item, as the analysis resolved it: one per item, provision and directness.
 *
 * @param ordinal      the item's citation number (1, 2 … over 实施依据 then 责任事项依据)
 * @param document     the cited document
 * @param provision    the cited provision (the document itself when no article is named)
 * @param direct       false when the reference sits inside the quoted wording of another provision
 * @param via          for an indirect one, the provision whose wording holds it; else null
 * @param titleAsWritten the title as the list writes it
 * @param text         the reference as written (《…》第四十九条)
 * @param basisField   实施依据 or 责任事项依据
 * @param position     where the reference starts in the file
 * @param label        a label for people: canonical title, provision, （间接） for indirect ones
 * @param wording      the wording quoted for a direct article ("" when none)
 * @param version      the version the citation names, or null
 * @param reliedOn     whether the item relies on the provision (direct citations of 实施依据)
 */
public record AnalysedCitation(int ordinal, CitedDocument document, CitedProvision provision, boolean direct,
                               CitedProvision via, String titleAsWritten, String text, String basisField,
                               SourcePosition position, String label, String wording, CitedVersion version,
                               boolean reliedOn) {}
