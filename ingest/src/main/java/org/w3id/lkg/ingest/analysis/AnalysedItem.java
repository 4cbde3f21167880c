package org.w3id.lkg.ingest.analysis;

import java.util.List;

import org.w3id.lkg.ingest.extract.Party;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.list.PowerItemRecord;

/**
 * One power item after analysis: the row as read, and what was read from it.
 *
 * @param record            the row, its fields aligned to their roles
 * @param powerType         the power-type concept IRI its declared type names, or null
 * @param parties           the parties it acts on: those its name names, else the subjects of the articles it quotes
 * @param steps             its responsibilities (责任事项内容) as ordered steps
 * @param accountablePersons the entries of 追责对象范围
 * @param accountabilitySituations the entries of 追责情形
 * @param citations         its citations, 实施依据 first, each parsed once
 * @param nameSanctions     the sanctions its name names when 实施依据 quotes no wording (null when not read so)
 * @param findings          what its analysis found, in the order met (audit problems included)
 */
public record AnalysedItem(PowerItemRecord record, String powerType, List<Party> parties, List<String> steps,
                           List<String> accountablePersons, List<String> accountabilitySituations,
                           List<AnalysedCitation> citations, PrescribedSanctions nameSanctions, List<Finding> findings) {
    public AnalysedItem {
        parties = List.copyOf(parties);
        steps = List.copyOf(steps);
        accountablePersons = List.copyOf(accountablePersons);
        accountabilitySituations = List.copyOf(accountabilitySituations);
        citations = List.copyOf(citations);
        findings = List.copyOf(findings);
    }

    public int section() { return record.section(); }

    public int number() { return record.number(); }
}
