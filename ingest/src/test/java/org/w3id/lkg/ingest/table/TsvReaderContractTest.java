package org.w3id.lkg.ingest.table;

import java.util.List;
import java.util.stream.Collectors;

/** The table-reader contract for tab-separated files: cells joined by tabs, no quoting. */
class TsvReaderContractTest extends DelimitedReaderHandlingTest {
    @Override
    DelimitedTableReader reader() { return new DelimitedTableReader(Dialect.TSV); }

    @Override
    String write(List<List<String>> rows) {
        return rows.stream().map(r -> String.join("\t", r) + "\n").collect(Collectors.joining());
    }

    @Override
    String fileName() { return "list.tsv"; }
}
