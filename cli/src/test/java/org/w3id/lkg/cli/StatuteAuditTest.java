package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ingest.SeedGraph;
import org.w3id.lkg.ontology.OntologyResources;

/**
 * {@code --statutes DIR}: the seed's citations audited against official texts. Against the real texts
 * (../shared/statutes, when this checkout sits beside it, or $LKG_STATUTES) every finding below was checked by hand
 * against the statute: the seed numbers many articles as older versions did, and quotes some wording wrongly.
 */
class StatuteAuditTest {
    /** The statute fixtures are ingest's (its StatuteTextReaderTest reads them too): one copy, read from beside this module. */
    static final Path FIXTURE_LIBRARY = Path.of("../ingest/src/test/resources/statute/library");

    @TempDir Path dir;

    /** One finding the seed must give: where, what kind, and two phrases its message must hold. */
    record Expected(int line, int column, String kind, String cited, String official, String why) {
        String key() { return line + ":" + column + " " + kind; }
    }

    /** Each checked by hand against ../shared/statutes; {@code why} says what the official text shows. */
    static final List<Expected> SEED_FINDINGS = List.of(
            new Expected(6, 94, "misnumbered-citation", "法律援助法》第六十二条", "第六十三条", "the quoted duties of lawyers are art. 63"),
            new Expected(7, 284, "wording-differs", "律师法》第四十九条", "65%", "art. 48's penalties, then art. 49's points 四 to 九"),
            new Expected(7, 1194, "misnumbered-citation", "律师法》第五十一条", "第五十条", "the head of a punished firm: art. 50's last paragraph"),
            new Expected(7, 1248, "misnumbered-citation", "律师法》第五十二条", "第五十一条", "repeat offences: art. 51"),
            new Expected(8, 404, "misnumbered-citation", "律师法》第五十一条", "第五十条", "as on line 7"),
            new Expected(8, 458, "wording-differs", "律师法》第五十二条", "21%", "a garbled mix of art. 51 and 52"),
            new Expected(8, 691, "provision-not-in-text", "律师法》第三十六条", "第三款 is cited", "art. 36 has one paragraph"),
            new Expected(9, 81, "misnumbered-citation", "律师法》第三十五条", "第五十五条", "practising without a certificate: art. 55"),
            new Expected(10, 82, "misnumbered-citation", "法律援助法》第六十条", "第六十四条", "fraudulently obtained legal aid: art. 64"),
            new Expected(21, 83, "misnumbered-citation", "律师法》第四十条", "第四条", "supervision by justice departments: art. 4"),
            new Expected(21, 129, "misnumbered-citation", "律师法》第四十一条", "第五十二条", "day-to-day supervision by counties: art. 52"),
            new Expected(34, 167, "wording-differs", "法律援助条例》第九条", "75%", "quotes 法律援助法 art. 11, not the regulation's art. 9"),
            new Expected(34, 490, "misnumbered-citation", "法律援助条例》第三十一条", "第三十条", "art. 31 is the entry into force"),
            new Expected(45, 268, "misnumbered-citation", "法律援助法》第十三条第一款", "第四十三条", "review within seven days: art. 43"),
            new Expected(45, 1535, "provision-not-in-text", "法律援助条例》第四十条", "the official 第四条", "31 articles; the wording is art. 4"));

    @Test
    void theSeedAgainstTheOfficialTextsGivesTheFindingsCheckedByHand() {
        Path statutes = Path.of(System.getenv().getOrDefault("LKG_STATUTES", "../../shared/statutes"));
        assumeTrue(Files.isDirectory(statutes), "no official texts at " + statutes.toAbsolutePath());
        Path out = dir.resolve("seed.trig");

        CommandRun run = CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", out.toString(), "--statutes", statutes.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("lkg: statutes: 9 official texts from " + statutes), run.err());
        List<String[]> got = auditFindings(out);
        assertEquals(SEED_FINDINGS.stream().map(Expected::key).toList(), got.stream().map(f -> f[0]).toList());
        for (int i = 0; i < got.size(); i++) {
            Expected e = SEED_FINDINGS.get(i);
            String message = got.get(i)[1];
            assertTrue(message.contains(e.cited()) && message.contains(e.official()), e.key() + " (" + e.why() + "): " + message);
        }
        assertConforms(out);
    }

    @Test
    void withoutStatutesNothingIsAudited() {
        Path out = dir.resolve("seed.trig");
        assertEquals(0, CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", out.toString()).exitCode());
        assertEquals(List.of(), auditFindings(out));
    }

    @Test
    void aLibraryIsAnnouncedAndItsFindingsConformToTheShapes() {
        Path out = dir.resolve("seed.trig");

        CommandRun run = CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", out.toString(),
                "--statutes", FIXTURE_LIBRARY.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("lkg: statutes: 1 official text from " + FIXTURE_LIBRARY
                + "; not in the document registry, so not used: 《示例条例》"), run.err());
        // The fixture's 律师法 has five articles: every item citing one of its articles beyond 第五条 directly gets a
        // provision-not-in-text finding, and no other item does.
        List<String[]> findings = auditFindings(out);
        assertFalse(findings.isEmpty());
        for (String[] f : findings) {
            assertTrue(f[0].endsWith(" provision-not-in-text"), f[0]);
            assertTrue(f[1].matches("《中华人民共和国律师法》第.+条 does not exist in the 2017-09-01 text, whose last article is 第五条"), f[1]);
        }
        assertEquals(select(out, """
                SELECT DISTINCT ?item WHERE { GRAPH ?g { ?c lkg:citingItem ?item ; lkg:direct true ; lkg:citedProvision ?a .
                  ?a a lkg:Article ; lkg:number ?n ; lkg:inDocument/lkg:key "lawyers-law" FILTER(?n > 5) } } ORDER BY ?item"""),
                select(out, """
                SELECT DISTINCT ?item WHERE { GRAPH ?g { ?f lkg:findingKind ?k ; lkg:concerns ?item
                  FILTER(STRENDS(STR(?k), "/provision-not-in-text")) } } ORDER BY ?item"""));
        assertConforms(out);
    }

    @Test
    void loadAuditsTooAndTheFindingsReachTheStore() {
        Path store = dir.resolve("tdb2");
        CommandRun load = CommandRun.of("load", SeedGraph.SEED.toString(), "--store", store.toString(), "--no-compact",
                "--statutes", FIXTURE_LIBRARY.toString());
        assertEquals(0, load.exitCode(), load.err());

        CommandRun count = CommandRun.of("sparql", "PREFIX lkg: <https://w3id.org/lkg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { "
                + "?f lkg:findingKind <https://w3id.org/lkg/scheme/finding-kind/provision-not-in-text> }",
                "--store", store.toString(), "--format", "csv");
        assertEquals(0, count.exitCode(), count.err());
        Path ingested = dir.resolve("seed.trig");
        assertEquals(0, CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", ingested.toString(),
                "--statutes", FIXTURE_LIBRARY.toString()).exitCode());
        assertEquals(auditFindings(ingested).size(), Integer.parseInt(count.out().lines().skip(1).findFirst().orElseThrow().strip()),
                "the store holds the same audit findings as the ingested file: " + count.out());
    }

    @Test
    void aBadStatuteFileStopsTheIngestWithItsPositionAndNoOutput() throws Exception {
        Path library = dir.resolve("statutes");
        Files.createDirectories(library);
        Path bad = library.resolve("律师法(2017-09-01).md");
        Files.writeString(bad, "# 中华人民共和国律师法\n\n<!-- INFO END -->\n\n第一条 一。\n\n第一条 二。\n");
        Path out = dir.resolve("seed.trig");

        CommandRun run = CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", out.toString(), "--statutes", library.toString());

        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("lkg: " + bad + ":7:1: 第一条 appears twice; first at line 5"), run.err());
        assertFalse(Files.exists(out), "no output after bad statutes");
    }

    @Test
    void aMissingStatuteFolderIsBadInput() {
        CommandRun run = CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", dir.resolve("x.trig").toString(),
                "--statutes", dir.resolve("none").toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(dir.resolve("none") + ": not a folder of statute texts"), run.err());
    }

    /** The audit's findings in source order, each as {"line:column kind", message}. */
    private static List<String[]> auditFindings(Path trig) {
        Dataset ds = RDFDataMgr.loadDataset(trig.toString());
        String q = SeedGraph.PREFIXES + """
                SELECT ?line ?column ?kind ?message WHERE { GRAPH ?g {
                  ?f a lkg:QualityFinding ; lkg:findingKind ?k ; lkg:sourceLine ?line ; lkg:sourceColumn ?column ; lkg:message ?message .
                  BIND(REPLACE(STR(?k), "^.*/", "") AS ?kind)
                  FILTER(?kind IN ("provision-not-in-text", "misnumbered-citation", "wording-differs")) } }
                ORDER BY ?line ?column""";
        List<String[]> rows = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(q, ds)) {
            qe.execSelect().forEachRemaining(b -> rows.add(new String[] {
                    b.getLiteral("line").getInt() + ":" + b.getLiteral("column").getInt() + " " + b.getLiteral("kind").getString(),
                    b.getLiteral("message").getString()}));
        }
        return rows;
    }

    // The one column a query selects over a TriG file's graphs, as strings.
    private static List<String> select(Path trig, String query) {
        List<String> out = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(SeedGraph.PREFIXES + query, RDFDataMgr.loadDataset(trig.toString()))) {
            qe.execSelect().forEachRemaining(b -> out.add(b.get(b.varNames().next()).toString()));
        }
        return out;
    }

    private static void assertConforms(Path trig) {
        Dataset ds = RDFDataMgr.loadDataset(trig.toString());
        ValidationReport report = OntologyResources.validate(ds.asDatasetGraph().getUnionGraph());
        assertTrue(report.conforms(), "SHACL: " + report.getEntries());
    }
}
