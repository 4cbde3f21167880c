package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ingest.SeedGraph;

/** The command line as a new user meets it from the README: help, listing, counts that agree, files others can read. */
class UsageTest {
    @TempDir
    Path dir;

    @Test
    void helpNamesServeBesideTheSubcommands() {
        CommandRun help = CommandRun.of("--help");
        assertEquals(0, help.exitCode(), help.err());
        for (String command : new String[] {"ingest", "query", "ask", "sparql", "load", "fuseki", "inspect", "registry", "serve"})
            assertTrue(help.out().contains("  " + command + " "), command + " in:\n" + help.out());
    }

    @Test
    void queryListNeedsNoDataButAQueryDoes() {
        CommandRun list = CommandRun.of("query", "--list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("items-by-article — "), list.out());
        CommandRun noData = CommandRun.of("query", "citations");
        assertEquals(LkgCommand.EXIT_BAD_INPUT, noData.exitCode());
        assertEquals("lkg: no data to query: give --data FILE… (RDF files, e.g. from lkg ingest) or --store DIR (a TDB2 store, "
                + "from lkg load)", noData.err().strip());
    }

    @Test
    void theSummaryCountsAgreeWithTheCitationsQueryAndTheOutputIsReadableByOthers() throws Exception {
        Path out = dir.resolve("seed.trig");
        CommandRun ingest = CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", out.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        // 405 citation resources (实施依据 and 责任事项依据); 218 distinct item → provision links of 实施依据
        assertTrue(ingest.err().contains("000_9601f697a03374a4: 54 items, 405 citations (218 legal-basis links), 61 findings, "), ingest.err());
        CommandRun citations = CommandRun.of("query", "citations", "--data", out.toString(), "--format", "csv");
        assertEquals(0, citations.exitCode(), citations.err());
        assertEquals(218 + 1, citations.out().strip().lines().count(), "218 rows and the header");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));

        // a reference more precise than the graph is answered for the article above it, and the command says so
        CommandRun point = CommandRun.of("query", "items-by-article", "--param", "article=律师法第四十九条第十一项", "--data", out.toString());
        assertEquals(0, point.exitCode(), point.err());
        assertTrue(point.err().startsWith("lkg: note: --param article: "), point.err());
        assertTrue(point.out().contains("对律师违法执业的处罚"), point.out());
    }
}
