package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ingest.SeedGraph;

/** {@code lkg ask} over the seed, from RDF files and from a TDB2 store: the answer, the query, the SPARQL, refusals. */
class AskCommandTest {
    @TempDir static Path dir;
    static Path data;
    static Path store;

    @BeforeAll
    static void ingestAndLoadTheSeed() {
        data = dir.resolve("seed.trig");
        store = dir.resolve("tdb2");
        assertEquals(0, CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", data.toString()).exitCode());
        CommandRun load = CommandRun.of("load", SeedGraph.SEED.toString(), "--store", store.toString());
        assertEquals(0, load.exitCode(), load.err());
    }

    @Test
    void answersFromAStore() {
        CommandRun run = CommandRun.of("ask", "矫正科负责哪些事项", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("矫正科负责 36 项事项\n"), run.out());
        assertTrue(run.out().contains("查询: items-by-unit {unit=https://w3id.org/lkg/id/org/伊宁市司法局/unit/矫正科}"), run.out());
        assertEquals(36, run.out().lines().filter(l -> l.startsWith("  section=")).count(), run.out());
    }

    @Test
    void answersFromFilesWithTheSparqlThatRan() {
        CommandRun run = CommandRun.of("ask", "哪些事项依据律师法第四十九条？", "--show-sparql", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("共 2 项事项依据中华人民共和国律师法第四十九条，其中 1 项通过律师事务所管理办法第五十一条间接依据\n"), run.out());
        assertTrue(run.out().contains("<https://w3id.org/lkg/id/doc/lawyers-law/art/49>"), run.out());
    }

    @Test
    void jsonIsTheBodyOfApiAsk() {
        CommandRun run = CommandRun.of("ask", "有多少项行政处罚", "--format", "json", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"answer\" : \"共有 7 项行政处罚\""), run.out());
        assertTrue(run.out().contains("\"query\" : \"items-by-power-type\""), run.out());
    }

    @Test
    void aQuestionItCannotAnswerExitsTwoWithSuggestions() {
        CommandRun run = CommandRun.of("ask", "今天天气怎么样", "--data", data.toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.out().startsWith("无法回答"), run.out());
        assertTrue(run.out().contains("可以这样问: "), run.out());
    }

    @Test
    void anOverLongQuestionIsBadInput() {
        CommandRun run = CommandRun.of("ask", "问".repeat(300), "--data", data.toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode());
        assertEquals("lkg: the question has 300 characters; at most 200 are read", run.err().strip());
    }
}
