package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.lkg.ingest.SeedGraph;

/** What `lkg query` and `lkg sparql` say to a mistake: one line, exit 2, each fact once. */
class QueryErrorsTest {
    @TempDir static Path dir;
    static Path data;

    @BeforeAll
    static void ingestTheSeed() {
        data = dir.resolve("seed.trig");
        assertEquals(0, CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", data.toString()).exitCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown statute        | query items-by-article --param article=不存在法第一条 | lkg: parameter 'article': no document titled '不存在法' in the graph; nearest: [
            missing parameter      | query items-by-article                               | lkg: items-by-article: parameter 'article' (article-ref) is required, e.g. 律师法第四十九条
            not a decimal          | query items-by-sanction --param type=罚款 --param minYuan=abc | lkg: parameter 'minYuan' (decimal): 'abc': not a decimal number
            unknown query          | query nope                                           | lkg: no canned query 'nope'; known: citations,
            an update              | sparql DELETE WHERE { ?s ?p ?o }                     | lkg: that is a SPARQL Update; lkg sparql only runs queries
            bad syntax             | sparql SELECT * WHERE { ?s ?p }                      | lkg: the query does not parse: Encountered " "}" "} "" at line 1, column 24.
            """)
    void oneClearLine(String name, String command, String expected) {
        String[] words = command.split(" ", 2);
        String[] args = words[0].equals("sparql")
                ? new String[] {"sparql", words[1], "--data", data.toString()}
                : (command + " --data " + data).split(" ");
        CommandRun run = CommandRun.of(args);

        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(expected), name + ": " + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertFalse(run.err().indexOf("nearest") != run.err().lastIndexOf("nearest"), "nearest once: " + run.err());
    }
}
