package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.lkg.ingest.SeedGraph;

/** The canned queries, run as a user runs them: lkg ingest, then lkg query over the TriG file. */
class CannedQueriesOnSeedTest {
    static Path trig;

    @BeforeAll
    static void ingest() throws Exception {
        trig = Files.createTempDirectory("lkg-seed").resolve("lkg.trig");
        CommandRun run = CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", trig.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static List<String> csv(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = trig.toString();
        all[args.length + 2] = "--format";
        all[args.length + 3] = "csv";
        CommandRun run = CommandRun.of(all);
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"律师法第四十九条", "律师法 49", "《中华人民共和国律师法》第49条", "中华人民共和国律师法第四十九条"})
    void itemsRestingOnLawyersLawArticle49DirectlyAndThroughTheLawFirmMeasures(String article) {
        List<String> rows = csv("query", "items-by-article", "--param", "article=" + article);
        assertEquals("section,number,itemName,direct,via", rows.get(0).substring(0, "section,number,itemName,direct,via".length()));
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("1,2,对律师违法执业的处罚,true,"), rows.get(1));
        assertTrue(rows.get(2).startsWith("1,3,对律师事务所违法执业的处罚,false,律师事务所管理办法第五十一条"), rows.get(2));
    }

    @Test
    void citationsListsEveryItemToProvisionLink() {
        List<String> rows = csv("query", "citations");
        assertEquals("section,number,itemName,statute,article,paragraph,point,direct", rows.get(0));
        assertEquals(218, rows.size() - 1, "one row per item → provision, as in the hand-written key");
        assertTrue(rows.contains("1,3,对律师事务所违法执业的处罚,中华人民共和国律师法,36,3,,true"));
    }

    @Test
    void itemsThatCanFineTenThousandYuanOrMore() {
        Set<String> items = new TreeSet<>();
        List<String> rows = csv("query", "items-by-sanction", "--param", "type=罚款", "--param", "minYuan=10000");
        rows.subList(1, rows.size()).forEach(r -> items.add(r.split(",")[0] + "-" + r.split(",")[1]));
        assertEquals(Set.of("1-2", "1-3", "1-6"), items);
    }

    @Test
    void itemsByUnitAndQualityFindings() {
        assertEquals(4, csv("query", "items-by-unit", "--param", "unit=公律科").size() - 1);
        CommandRun run = CommandRun.of("query", "quality-findings", "--data", trig.toString(), "--format", "tsv");
        List<String> findings = run.out().lines().toList();   // TSV escapes newlines inside values; CSV would not
        assertEquals("?kind\t?line\t?column\t?message\t?subject", findings.get(0));
        assertEquals(61, findings.size() - 1, "the findings README.md lists");
    }

    @Test
    void itemsByPartyAndByPowerType() {
        List<String> firms = csv("query", "items-by-party", "--param", "party=律师事务所");
        assertTrue(firms.stream().anyMatch(r -> r.startsWith("1,3,对律师事务所违法执业的处罚")), firms.toString());
        assertTrue(firms.stream().noneMatch(r -> r.startsWith("1,2,")), "对律师违法执业的处罚 acts on lawyers, not firms");
        List<String> criminal = csv("query", "items-by-power-type", "--param", "type=刑事执行权");
        // 1 in section 1, 1 in section 2, 28 in section 4 (items-key.tsv)
        assertEquals(30, criminal.stream().skip(1).map(r -> r.split(",")[0] + "-" + r.split(",")[1]).distinct().count());
    }

    @Test
    void theSameQueryOverATdb2StoreWrittenByLkgLoad(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path store = dir.resolve("tdb2");
        CommandRun load = CommandRun.of("load", SeedGraph.SEED.toString(), "--store", store.toString());
        assertEquals(0, load.exitCode(), load.err());
        CommandRun run = CommandRun.of("query", "items-by-article", "--param", "article=律师法第四十九条",
                "--store", store.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(3, run.out().lines().count(), run.out());
    }

    @Test
    void aFolderThatIsNoStoreIsAStoreError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a store");
        CommandRun run = CommandRun.of("query", "citations", "--store", dir.toString());
        assertEquals(LkgCommand.EXIT_STORE, run.exitCode(), run.err());
        assertEquals(java.util.List.of(dir.resolve("notes.txt")), Files.list(dir).toList(), "nothing written among the user's files");
    }

    @Test
    void anUnknownArticleIsABadParameterWithCandidates() {
        CommandRun run = CommandRun.of("query", "items-by-article", "--param", "article=律帅法第四十九条", "--data", trig.toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("律师法"), run.err());
    }
}
