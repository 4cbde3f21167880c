package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text table lines up in a terminal, whatever script its cells are in. */
class TextTableTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"abc, 3", "律师法, 6", "《律师法》第49条, 16", "（一）, 6", "a律b, 4"})
    void displayWidthCountsWideCharactersTwice(String s, int width) {
        assertEquals(width, TextTable.displayWidth(s));
    }

    @Test
    void everyRowOfTheSeedsQueryIsAsWideAsTheHeader() {
        CommandRun run = CommandRun.of("query", "items-by-article", "--param", "article=律师法第四十九条", "--data", seedGraph());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().filter(l -> l.startsWith("|")).toList();
        assertEquals(3, lines.size(), run.out());   // the header and the two items
        for (String l : lines) assertEquals(TextTable.displayWidth(lines.get(0)), TextTable.displayWidth(l), run.out());
        assertTrue(run.out().contains("| 对律师违法执业的处罚 "), "a literal is shown as its text: " + run.out());
        assertTrue(run.out().strip().endsWith("2 rows"), run.out());
    }

    private static String seedGraph() {
        java.nio.file.Path out = java.nio.file.Path.of("target", "text-table-seed.trig");
        CommandRun ingest = CommandRun.of("ingest", "../seeds/000_9601f697a03374a4.txt", "--out", out.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        return out.toString();
    }
}
