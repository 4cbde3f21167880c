package org.w3id.lkg.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.w3id.lkg.ingest.SeedGraph;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.list.PowerItemRecord;
import org.w3id.lkg.ingest.list.PowerListHandler;
import org.w3id.lkg.ingest.list.PowerListReader;

/**
 * What every delimited-text reader must do, whatever its dialect: the same logical table (the seed's first section),
 * written in the reader's format by the subclass, gives the same rows (cells and lines), and through the list reader
 * the same records, findings and errors. One subclass per format, as RDF4J's AbstractParserHandlingTest has one per
 * syntax; {@link TableReaderContractTest} checks cells and positions across every format, workbooks included.
 */
abstract class DelimitedReaderHandlingTest {
    /** The reader under test. */
    abstract DelimitedTableReader reader();

    /** {@code rows} written in the reader's format, one line per row (no cell here holds a line break). */
    abstract String write(List<List<String>> rows);

    /** A file name the format goes by. */
    abstract String fileName();

    // Lines 1-15 of the seed: two blank lines, the title, a blank line, the header and section 1's eight items,
    // whose cells have slid (shifted columns, extra cells, a repeated power type).
    private static List<List<String>> seedSection1() throws IOException {
        List<String> lines = Files.readAllLines(SeedGraph.SEED, StandardCharsets.UTF_8).subList(0, 15);
        return lines.stream().map(l -> Arrays.asList(l.split("\t", -1))).toList();
    }

    private List<TableRow> rows(List<List<String>> table) {
        List<TableRow> out = new ArrayList<>();
        reader().read(new DecodedText(fileName(), write(table), StandardCharsets.UTF_8), out::add);
        return out;
    }

    /** Records, findings by kind and the error, if any, of reading {@code table} as a power list. */
    private record Counts(int records, Map<String, Integer> findings, PowerListFormatException error) {}

    private Counts read(List<List<String>> table) {
        List<PowerItemRecord> records = new ArrayList<>();
        Map<String, Integer> findings = new TreeMap<>();
        PowerListHandler counter = new PowerListHandler() {
            @Override public void item(PowerItemRecord item) { records.add(item); }

            @Override public void finding(Finding f) { findings.merge(f.kind().notation(), 1, Integer::sum); }
        };
        PowerListFormatException error = null;
        try {
            reader().read(new DecodedText(fileName(), write(table), StandardCharsets.UTF_8), new PowerListReader(counter));
        } catch (PowerListFormatException e) {
            error = e;
        }
        return new Counts(records.size(), findings, error);
    }

    @Test
    void everyRowArrivesWithItsCellsAndLine() throws IOException {
        List<List<String>> table = seedSection1();
        List<TableRow> rows = rows(table);
        assertEquals(15, rows.size());
        for (int i = 0; i < table.size(); i++) {
            assertEquals(i + 1, rows.get(i).line(), "line of row " + (i + 1));
            assertEquals(fileName(), rows.get(i).file());
            assertEquals(table.get(i), rows.get(i).cells().stream().map(Cell::text).toList(), "cells of line " + (i + 1));
        }
    }

    @Test
    void theOtherFormatsDelimitersAndQuotesAreText() {
        List<List<String>> table = List.of(List.of("5,000元", "他说\"好\"", "a;b", ""), List.of("“引号”", "，", "\"", "x"));
        assertEquals(table, rows(table).stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList());
    }

    @Test
    void sectionOneOfTheSeedGivesItsRecordsAndFindings() throws IOException {
        Counts got = read(seedSection1());
        assertEquals(null, got.error());
        assertEquals(8, got.records());
        // Items 1-5 lack 子项名称 (the power type slid into its column), items 6-8 repeat the power type, all eight
        // split a cell in two; the title declares 54 items in 4 sections, and only section 1's 8 were read.
        assertEquals(Map.of("shifted-column", 5, "repeated-power-type", 3, "extra-cell", 8, "declared-count-mismatch", 5),
                got.findings());
    }

    @Test
    void aTruncatedRowIsOneErrorNamingItsLine() throws IOException {
        List<List<String>> table = new ArrayList<>(seedSection1().subList(0, 8));
        table.add(List.of("4", "对律师违法执业的处罚"));
        Counts got = read(table);
        assertEquals(3, got.records(), "the items before it were read");
        assertEquals(fileName(), got.error().position().file());
        assertEquals(9, got.error().position().line());
        assertEquals(true, got.error().getMessage().contains("truncated row"), got.error().getMessage());
    }

    @Test
    void aTableWithoutHeaderIsOneErrorAndNoRecord() {
        Counts got = read(List.of(List.of(""), List.of("1", "对律师违法执业的处罚", "行政处罚")));
        assertEquals(0, got.records());
        assertEquals(Map.of(), got.findings());
        assertEquals(fileName() + ":2:1", got.error().position().toString());
        assertEquals(true, got.error().getMessage().contains("no recognisable header"), got.error().getMessage());
    }
}
