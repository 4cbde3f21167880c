package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lkg diff} of the seed and its hand-made second edition (store's fixture), from files and from a store; {@code lkg retire}. */
class DiffCommandTest {
    static final Path SEED = Path.of("../seeds/000_9601f697a03374a4.txt");
    static final Path FIXTURES = Path.of("../store/src/test/resources/diff");
    static final Path SECOND = FIXTURES.resolve("seed-second-edition/000_9601f697a03374a4.txt");

    @TempDir Path dir;

    @Test
    void twoFilesAsCsv() throws Exception {
        CommandRun run = CommandRun.of("diff", SEED.toString(), SECOND.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(FIXTURES.resolve("seed-second-edition.expected.csv")), run.out());
    }

    @Test
    void twoEditionsInAStoreAsTextThenTheListRetired() throws Exception {
        Path store = dir.resolve("tdb2");
        Path second = Files.copy(SECOND, Files.createDirectories(dir.resolve("2023")).resolve(SEED.getFileName()));
        assertEquals(0, CommandRun.of("load", SEED.toString(), "--store", store.toString()).exitCode());
        CommandRun same = CommandRun.of("load", SEED.toString(), "--store", store.toString());
        assertTrue(same.out().contains("unchanged 000_9601f697a03374a4: the same bytes as its current edition 1 ("), same.out());
        CommandRun loaded = CommandRun.of("load", second.toString(), "--store", store.toString());
        assertTrue(loaded.out().contains("/graph/000_9601f697a03374a4> as edition 2 (000_9601f697a03374a4.txt, sha256 "), loaded.out());

        CommandRun run = CommandRun.of("diff", "--store", store.toString(), "--list", "000_9601f697a03374a4", "--from", "1", "--to", "2", "--format", "text");
        assertEquals(0, run.exitCode(), run.err());
        String graph = "https://w3id.org/lkg/id/graph/000_9601f697a03374a4";
        String expected = Files.readString(FIXTURES.resolve("seed-second-edition.expected.txt"));
        assertEquals(graph + "/edition/1 → " + graph + "/edition/2: 1 added, 1 removed, 1 renamed, 3 changed"
                + expected.substring(expected.indexOf('\n')).replace("\n", System.lineSeparator()), run.out());

        CommandRun missing = CommandRun.of("diff", "--store", store.toString(), "--list", "000_9601f697a03374a4", "--from", "1", "--to", "5");
        assertEquals(LkgCommand.EXIT_STORE, missing.exitCode());
        assertTrue(missing.err().contains("list 000_9601f697a03374a4 has no edition 5 in "), missing.err());

        CommandRun current = CommandRun.of("query", "items-by-unit", "--param", "unit=公律科", "--store", store.toString(), "--format", "csv");
        assertTrue(current.out().contains("给予社区矫正对象表扬"), "the canned query sees edition 2's unit: " + current.out());

        CommandRun retired = CommandRun.of("retire", "000_9601f697a03374a4", "--store", store.toString());
        assertEquals(0, retired.exitCode(), retired.err());
        assertTrue(retired.out().startsWith("lkg retire: retired 000_9601f697a03374a4, its edition 2 ("), retired.out());
        CommandRun none = CommandRun.of("query", "items-by-unit", "--param", "unit=公律科", "--store", store.toString(), "--format", "csv");
        assertEquals(LkgCommand.EXIT_BAD_INPUT, none.exitCode(), none.out());
        assertTrue(none.err().contains("parameter 'unit': nothing in the graph is named '公律科'"), "a retired list's units are gone: " + none.err());
        CommandRun again = CommandRun.of("retire", "000_9601f697a03374a4", "--store", store.toString());
        assertEquals(LkgCommand.EXIT_STORE, again.exitCode());
    }

    @Test
    void oneFileOrABadFormatIsBadInput() {
        CommandRun one = CommandRun.of("diff", SEED.toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, one.exitCode());
        assertTrue(one.err().contains("lkg diff compares two list files"), one.err());
        CommandRun format = CommandRun.of("diff", SEED.toString(), SECOND.toString(), "--format", "xml");
        assertEquals(LkgCommand.EXIT_BAD_INPUT, format.exitCode());
        assertTrue(format.err().contains("--format: no diff format 'xml': expected text, csv, json or ttl"), format.err());
    }
}
