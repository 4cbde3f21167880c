package org.w3id.lkg.store.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.ListLoad;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * The seed against its second edition, edited by hand ({@code diff/seed-second-edition/}: item 4-32 dropped, 4-2
 * renamed, 4-30's citation re-pointed from 第54条 to 第55条, 3-6's unit and 1-5's fine bound changed, 4-34 added),
 * with the exact diff expected beside it in each format, from the two files and from two editions in a store.
 */
class ListDiffTest {
    static final Path SEED = Path.of("../seeds/000_9601f697a03374a4.txt");
    static final Path FIXTURES = Path.of("src/test/resources/diff");
    static final Path SECOND = FIXTURES.resolve("seed-second-edition/000_9601f697a03374a4.txt");
    static final IriScheme IRIS = IriScheme.standard();
    static final String KEY = "000_9601f697a03374a4";

    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DiffFormat.class, names = {"TEXT", "CSV", "JSON"})
    void twoFilesGiveTheExpectedDiff(DiffFormat format) throws Exception {
        ListDiff diff = EditionDiff.ofFiles(SEED, SECOND, IRIS);
        assertEquals(expected(format), format.write(diff));
    }

    @Test
    void theChangeSetIsTheExpectedGraphAndSparqlFindsTheItemsWhoseBasisChanged() throws Exception {
        Graph written = parse(DiffFormat.TTL.write(EditionDiff.ofFiles(SEED, SECOND, IRIS)));
        assertTrue(IsoMatcher.isomorphic(parse(expected(DiffFormat.TTL)), written), DiffFormat.TTL.write(EditionDiff.ofFiles(SEED, SECOND, IRIS)));
        List<String> items = QueryExec.graph(written).query("""
                PREFIX lkgd: <https://w3id.org/lkg/diff#>
                SELECT ?item ?to { ?c lkgd:toItem ?item ; lkgd:fieldChange [ lkgd:field "citation" ; lkgd:afterProvision ?to ] }""")
                .select().stream().map(b -> b.get("item").getURI() + " " + b.get("to").getURI()).toList();
        assertEquals(List.of(IRIS.item(KEY, 4, 30) + " " + IRIS.article("community-corrections-law-implementation-measures", 55)), items);
    }

    @Test
    void twoEditionsInAStoreGiveTheSameDiffAsTheirFiles() throws Exception {
        Path second = Files.copy(SECOND, Files.createDirectories(dir.resolve("second")).resolve(SEED.getFileName()));
        try (TdbStore store = TdbStore.openOrCreate(dir.resolve("tdb2"))) {
            ListLoad.into(store).lists(List.of(SEED)).run();
            ListLoad.into(store).lists(List.of(second)).run();
            ListDiff diff = EditionDiff.ofEditions(store, IRIS, KEY, 1, 2);
            assertEquals(expected(DiffFormat.CSV), DiffFormat.CSV.write(diff));
            String text = DiffFormat.TEXT.write(diff);
            String graph = IRIS.listGraph(KEY);
            assertEquals(graph + "/edition/1 → " + graph + "/edition/2: 1 added, 1 removed, 1 renamed, 3 changed", text.lines().findFirst().orElseThrow());
            assertEquals(expected(DiffFormat.TEXT).lines().skip(1).toList(), text.lines().skip(1).toList());
            ListDiff back = EditionDiff.ofEditions(store, IRIS, KEY, 2, 1);
            assertEquals("1 added, 1 removed, 1 renamed, 3 changed", back.counts());
            assertEquals("4-32 档案查阅审批", back.changes().get(0).to().line(), "backwards, the dropped item is the one added");
            StoreException none = assertThrows(StoreException.class, () -> EditionDiff.ofEditions(store, IRIS, KEY, 1, 3));
            assertEquals("list " + KEY + " has no edition 3 in " + store.folder() + " (it has 1, 2)", none.getMessage());
        }
    }

    @Test
    void anEditionComparedWithItselfHasNoChanges() {
        ListDiff diff = EditionDiff.ofFiles(SEED, SEED, IRIS);
        assertEquals(List.of(), diff.changes());
        assertEquals("0 added, 0 removed, 0 renamed, 0 changed", diff.counts());
    }

    private static String expected(DiffFormat format) throws Exception {
        String ext = format == DiffFormat.TEXT ? "txt" : format.name().toLowerCase();
        return Files.readString(FIXTURES.resolve("seed-second-edition.expected." + ext));
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
