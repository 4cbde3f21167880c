package org.w3id.lkg.ingest.table;

import java.util.List;
import java.util.stream.Collectors;

/** The table-reader contract for RFC 4180 CSV: cells holding a comma or a quote are quoted, quotes doubled. */
class CsvReaderContractTest extends DelimitedReaderHandlingTest {
    @Override
    DelimitedTableReader reader() { return new DelimitedTableReader(Dialect.CSV); }

    @Override
    String write(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(CsvReaderContractTest::cell).collect(Collectors.joining(",")) + "\n")
                .collect(Collectors.joining());
    }

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    @Override
    String fileName() { return "list.csv"; }
}
