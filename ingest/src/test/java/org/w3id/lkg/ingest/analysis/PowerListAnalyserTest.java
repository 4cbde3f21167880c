package org.w3id.lkg.ingest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.citation.ProvisionNumber;
import org.w3id.lkg.ingest.extract.Party;
import org.w3id.lkg.ingest.extract.Sanction;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.list.PowerListReader;
import org.w3id.lkg.ingest.table.DecodedText;
import org.w3id.lkg.ingest.table.DelimitedTableReader;
import org.w3id.lkg.ingest.table.Dialect;
import org.w3id.lkg.ontology.FindingKind;

/** The analysis stage on its own, no RDF: what it hands on for each item and, once, for the whole list. */
class PowerListAnalyserTest {
    private static final List<AnalysedItem> items = new ArrayList<>();
    private static final List<Finding> findings = new ArrayList<>();
    private static final List<CitedWorks> ends = new ArrayList<>();

    @BeforeAll
    static void analyse() {
        AnalysedListHandler collect = new AnalysedListHandler() {
            @Override public void item(AnalysedItem item) { items.add(item); }

            @Override public void finding(Finding f) { findings.add(f); }

            @Override public void end(CitedWorks works) { ends.add(works); }
        };
        DecodedText text = DecodedText.read(Path.of("src/test/resources/analysis/parties-from-wording.tsv"), null);
        new DelimitedTableReader(Dialect.TSV).read(text, new PowerListReader(
                new PowerListAnalyser(collect, DocumentRegistry.standard(), null)));
    }

    // Item 1's name names no party; the article it quotes does, as its subject (律师、基层法律服务工作者有…之一的).
    @Test
    void partiesComeFromTheNameElseFromTheQuotedWording() {
        assertEquals(List.of(Party.LAWYER, Party.GRASSROOTS_LEGAL_WORKER), items.get(0).parties());
        assertEquals(List.of(Party.LAWYER), items.get(1).parties());
    }

    @Test
    void citationsAreParsedOnceWithTheirWordingAndVersion() {
        AnalysedCitation c = items.get(0).citations().get(0);
        assertEquals(1, items.get(0).citations().size());
        assertEquals(new CitedProvision("legal-aid-law", ProvisionNumber.article(62)), c.provision());
        assertEquals("律师、基层法律服务工作者有下列情形之一的，由司法行政部门给予处罚：（一）无正当理由拒绝履行法律援助义务；（二）擅自终止法律援助。",
                c.wording());
        assertEquals("2021-08-20", c.version().date().toString());
        assertEquals(true, c.reliedOn());
    }

    // The item's own findings travel with it; 各级司法局 names a kind of body, not one body.
    @Test
    void anItemsFindingsTravelWithIt() {
        assertEquals(List.of(FindingKind.GENERIC_BODY), items.get(0).findings().stream().map(Finding::kind).toList());
        assertEquals(List.of(), items.get(1).findings());
        assertEquals(List.of(), findings, "no finding about the list or its rows outside the items");
    }

    // Item 2 quotes no wording: its name is read (对律师违法执业的处罚 names no kind), under the article it cites.
    @Test
    void anItemThatQuotesNoWordingHasItsNameRead() {
        assertNull(items.get(0).nameSanctions(), "item 1 quotes wording");
        PrescribedSanctions s = items.get(1).nameSanctions();
        assertEquals(new CitedProvision("lawyers-law", ProvisionNumber.article(49)), s.provision());
        assertEquals(List.of(), s.sanctions());
    }

    @Test
    void whatTheListCitesArrivesOnceAtTheEndWithItsSanctions() {
        assertEquals(1, ends.size());
        CitedWorks works = ends.get(0);
        assertEquals(List.of("legal-aid-law", "lawyers-law"), works.documents().stream().map(CitedDocument::key).toList());
        assertEquals(1, works.sanctions().size());
        PrescribedSanctions s = works.sanctions().get(0);
        assertEquals("中华人民共和国法律援助法第六十二条", s.provisionLabel());
        assertEquals(List.of("unspecified-penalty"), s.sanctions().stream().map(Sanction::localName).toList());
        assertEquals(2, s.position().line());
    }
}
