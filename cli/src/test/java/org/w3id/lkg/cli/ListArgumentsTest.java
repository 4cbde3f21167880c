package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ingest.SeedGraph;

/** What `lkg ingest` and `lkg load` make of the paths they are given: files, folders of lists, and mistakes. */
class ListArgumentsTest {
    @TempDir Path dir;

    @Test
    void aFolderStandsForTheListsInItAndNothingElse() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lists"));
        Files.copy(SeedGraph.SEED, folder.resolve("000_9601f697a03374a4.txt"));
        Files.writeString(folder.resolve("README.md"), "# not a list\n");
        Path out = dir.resolve("out.trig");

        CommandRun ingest = CommandRun.of("ingest", folder.toString(), "--out", out.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertEquals(1, ingest.err().lines().filter(l -> l.contains(": 54 items")).count(), ingest.err());

        CommandRun load = CommandRun.of("load", folder.toString(), "--store", dir.resolve("tdb2").toString(), "--no-compact");
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.out().contains("lkg load: 1 of 1 list loaded"), load.out());
    }

    @Test
    void mistakesAreNamedWithoutAPositionTheyDoNotHaveAndLeaveNoOutput() throws Exception {
        Path out = dir.resolve("out.trig");
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CommandRun missing = CommandRun.of("ingest", "nope.txt", "--out", out.toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, missing.exitCode());
        assertEquals("lkg: nope.txt: no such file", missing.err().strip());

        CommandRun folder = CommandRun.of("ingest", empty.toString(), "--out", out.toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, folder.exitCode());
        assertEquals("lkg: " + empty + ": no power lists (*.txt, *.tsv, *.csv, *.xlsx, *.xls, *.html, *.htm) in this folder", folder.err().strip());

        CommandRun format = CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", out.toString(), "--format", "rdfxml");
        assertEquals(LkgCommand.EXIT_BAD_INPUT, format.exitCode());
        assertEquals("lkg: --format rdfxml: expected trig, nq, ttl or nt", format.err().strip());
        assertFalse(Files.exists(out));

        CommandRun load = CommandRun.of("load", empty.toString(), "--store", dir.resolve("tdb2").toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, load.exitCode());
        assertFalse(Files.exists(dir.resolve("tdb2")), "no store is created for a batch with no lists");
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndExit3() throws Exception {
        // a file where the output's folder should be: root may write anywhere, but not there
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        CommandRun run = CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", blocker.resolve("out.trig").toString());
        assertEquals(LkgCommand.EXIT_STORE, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
        assertTrue(run.err().startsWith("lkg: cannot write " + blocker.resolve("out.trig").toAbsolutePath() + ": "), run.err());
    }

    @Test
    void twoFilesThatWouldBeOneListAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("x.txt");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("x.txt");
        Files.copy(SeedGraph.SEED, a);
        Files.copy(SeedGraph.SEED, b);
        Path out = dir.resolve("out.trig");
        String expected = "lkg: " + b + ": the same list 'x' as " + a + " (a list's graph is named after its file name): "
                + "give them separately";

        CommandRun ingest = CommandRun.of("ingest", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, ingest.exitCode());
        assertEquals(expected, ingest.err().strip());
        assertFalse(Files.exists(out));

        CommandRun load = CommandRun.of("load", a.toString(), b.toString(), "--store", dir.resolve("tdb2").toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, load.exitCode());
        assertEquals(expected, load.err().strip());
        assertFalse(Files.exists(dir.resolve("tdb2")));

        Files.copy(SeedGraph.SEED, dir.resolve("a/x.csv"));
        CommandRun folder = CommandRun.of("ingest", dir.resolve("a").toString(), "--out", out.toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, folder.exitCode(), "x.csv and x.txt in one folder: " + folder.err());
    }
}
