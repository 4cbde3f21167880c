package org.w3id.lkg.ingest.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.lkg.ontology.FindingKind;
import org.w3id.lkg.ingest.table.DecodedText;
import org.w3id.lkg.ingest.table.DelimitedTableReader;
import org.w3id.lkg.ingest.table.Dialect;

/** A list from another city: CSV, other column names in another order, and a column nobody maps. */
class OtherCityListTest {
    final List<PowerItemRecord> items = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    void read(String file) {
        Path p = Path.of("src/test/resources/lists").resolve(file);
        DecodedText text = DecodedText.read(p, null);
        new DelimitedTableReader(Dialect.guess(file, text.text())).read(text, new PowerListReader(new PowerListHandler() {
            @Override public void item(PowerItemRecord item) { items.add(item); }
            @Override public void finding(Finding f) { findings.add(f); }
        }));
    }

    @Test
    void headersAreMappedByMeaningNotPosition() {
        read("other-city-csv-other-columns.csv");
        assertEquals(3, items.size());
        PowerItemRecord first = items.get(0);
        assertEquals("对律师违法执业的处罚", first.name());
        assertEquals("0101", first.text(ColumnRole.CODE));
        assertEquals("行政处罚", first.text(ColumnRole.POWER_TYPE));
        assertEquals("某某县司法局", first.text(ColumnRole.BODY));
        assertEquals("律师工作股", first.text(ColumnRole.UNIT));
        assertEquals("《中华人民共和国律师法》第四十九条第一款；《律师事务所管理办法》第五十一条", first.text(ColumnRole.BASIS));
        assertEquals("含\"双随机\"检查", items.get(1).text(ColumnRole.REMARK), "quoted CSV field with doubled quotes");
    }

    @Test
    void aHeaderItCannotMapIsReportedByName() {
        read("other-city-csv-other-columns.csv");
        List<Finding> unmapped = findings.stream().filter(f -> f.kind() == FindingKind.UNMAPPED_COLUMN).toList();
        assertEquals(1, unmapped.size(), unmapped.toString());
        assertTrue(unmapped.get(0).message().contains("办理时限"));
        assertEquals(2, unmapped.get(0).position().line());
        assertEquals(31, unmapped.get(0).position().column());
    }
}
