package org.w3id.lkg.ingest.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.w3id.lkg.ontology.FindingKind;
import org.w3id.lkg.ingest.SeedGraph;
import org.w3id.lkg.ingest.table.DecodedText;
import org.w3id.lkg.ingest.table.DelimitedTableReader;
import org.w3id.lkg.ingest.table.Dialect;

/** The seed's structure as the reader sees it, against items-key.tsv (written by hand from the source). */
class SeedListTest {
    static final List<PowerItemRecord> items = new ArrayList<>();
    static final List<Finding> findings = new ArrayList<>();
    static final Map<Integer, String> sectionLabels = new TreeMap<>();

    @BeforeAll
    static void read() {
        DecodedText text = DecodedText.read(SeedGraph.SEED, null);
        new DelimitedTableReader(Dialect.TSV).read(text, new PowerListReader(new PowerListHandler() {
            @Override public void section(int n, String label, Integer declared, org.w3id.lkg.ingest.table.SourcePosition at) { sectionLabels.put(n, label); }
            @Override public void item(PowerItemRecord item) { items.add(item); }
            @Override public void finding(Finding f) { findings.add(f); }
        }));
    }

    @Test
    void fiftyFourItemsInFourSectionsByTitle() {
        assertEquals(54, items.size());
        Map<Integer, Long> perSection = new TreeMap<>();
        items.forEach(i -> perSection.merge(i.section(), 1L, Long::sum));
        assertEquals(Map.of(1, 8L, 2, 6L, 3, 7L, 4, 33L), perSection);
        assertEquals(Map.of(1, "行政处罚", 2, "行政检查", 3, "行政奖励", 4, "其他行政权力"), sectionLabels);
        assertFalse(findings.stream().anyMatch(f -> f.kind() == FindingKind.DECLARED_COUNT_MISMATCH), "the seed's declared counts hold");
    }

    @ParameterizedTest(name = "line {0}: {1}-{2} {3}")
    @CsvFileSource(resources = "/seed/items-key.tsv", delimiter = '\t', numLinesToSkip = 1, emptyValue = "")
    void everyItemMatchesTheHandWrittenKey(int line, int section, int number, String name, String subItem,
                                           String powerType, String body, String unit) {
        PowerItemRecord item = items.stream().filter(i -> i.position().line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no item read at line " + line));
        assertEquals(section, item.section(), "section");
        assertEquals(number, item.number(), "number");
        assertEquals(name, item.name(), "name");
        assertEquals(subItem == null ? "" : subItem, item.text(ColumnRole.SUB_ITEM), "sub-item");
        assertEquals(powerType, item.text(ColumnRole.POWER_TYPE), "power type");
        assertEquals(body, item.text(ColumnRole.BODY), "body");
        assertEquals(unit, item.text(ColumnRole.UNIT), "unit");
    }

    @Test
    void everyItemKeepsItsSourcePositionAndHasABasis() {
        for (PowerItemRecord i : items) {
            assertEquals(SeedGraph.SEED.toString(), i.position().file());
            assertFalse(i.text(ColumnRole.BASIS).isEmpty(), "basis of line " + i.position().line());
            Field basis = i.field(ColumnRole.BASIS).orElseThrow();
            assertEquals(i.position().line(), basis.position().line());
        }
    }
}
