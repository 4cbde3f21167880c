package org.w3id.lkg.ingest.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.lkg.ingest.table.DecodedText;
import org.w3id.lkg.ingest.table.DelimitedTableReader;
import org.w3id.lkg.ingest.table.Dialect;

/**
 * A header that names one column twice (实施依据 in E and in G): the first is read, the second kept as labelled values,
 * and the finding names both, so that nobody wonders where its citations went.
 */
class DuplicateHeaderTest {
    @Test
    void theSecondColumnOfANameIsReportedAsTheFirstsDuplicate() {
        String tsv = String.join("\n",
                "序号\t事项名称\t权力类型\t行使主体\t实施依据\t承办机构\t实施依据",
                "1\t对律师违法执业的处罚\t行政处罚\t伊宁市司法局\t《律师法》第四十九条\t公律科\t《律师法》第五十条", "");
        List<Finding> findings = new ArrayList<>();
        List<PowerItemRecord> items = new ArrayList<>();
        new DelimitedTableReader(Dialect.TSV).read(new DecodedText("dup.tsv", tsv, StandardCharsets.UTF_8), new PowerListReader(new PowerListHandler() {
            @Override public void item(PowerItemRecord r) { items.add(r); }
            @Override public void finding(Finding f) { findings.add(f); }
        }));
        assertEquals(1, items.size());
        assertEquals("《律师法》第四十九条", items.get(0).text(ColumnRole.BASIS));
        assertEquals("《律师法》第五十条", items.get(0).others().get(0).text(), "the duplicate's cell is kept, not lost");
        assertEquals(List.of("header 「实施依据」 names the same column as 「实施依据」 (column 5), which is read as 实施依据; this one's "
                + "cells are kept on each item as labelled values, not read as 实施依据"), findings.stream().map(Finding::message).toList());
        assertEquals("dup.tsv:1:" + columnOfSecond(tsv), findings.get(0).position().toString(), "at the second column's header cell");
    }

    private static int columnOfSecond(String tsv) {
        String header = tsv.substring(0, tsv.indexOf('\n'));
        return header.lastIndexOf("实施依据") + 1;
    }
}
