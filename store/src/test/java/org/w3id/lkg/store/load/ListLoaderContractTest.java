package org.w3id.lkg.store.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ingest.table.PowerListFormatException;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.fixture.FixtureList;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.fixture.SyntheticList;
import org.w3id.lkg.store.fixture.TestLoaders;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * The {@link ListLoader} contract, run against every loader: placement in named graphs, idempotent reloads, and
 * that an invalid list, a reader failing half way or a failed first load leaves the store as it was. Every loader
 * writes, directly or over HTTP, into a real TDB2 store in a temporary folder, which the assertions read; a loader
 * into another engine (Virtuoso) overrides {@link #dataset()}, {@link #graphNames()} and {@link #selectOne} to read
 * that engine instead.
 */
public abstract class ListLoaderContractTest {
    protected static final IriScheme IRIS = IriScheme.standard();

    @TempDir protected Path dir;
    protected TdbStore store;
    protected ListLoader loader;

    /** A loader writing into {@code store}; called once per test and again where a test needs a second run. */
    protected abstract ListLoader newLoader(TdbStore store);

    /** Releases whatever {@link #newLoader} started besides the loader (a server, say). */
    protected void stopServices() {}

    @BeforeEach
    protected void open() {
        store = TdbStore.openOrCreate(dir.resolve("tdb2"));
        loader = newLoader(store);
    }

    @AfterEach
    protected void close() {
        loader.close();
        stopServices();
        store.close();
    }

    protected DatasetGraph dataset() { return store.dataset(); }

    @Test
    protected void listGoesIntoItsNamedGraphAndOntologyIntoItsOwn() {
        LoadSummary summary = loader.load(FixtureList.of("three-items"));

        assertEquals(FixtureList.GRAPH, summary.graphIri());
        assertEquals(FixtureList.resource("three-items").size(), summary.triples());
        assertTrue(IsoMatcher.isomorphic(FixtureList.resource("three-items"), stored(FixtureList.GRAPH)));
        assertTrue(IsoMatcher.isomorphic(FixtureList.resource("ontology"), stored(TestLoaders.ONTOLOGY_GRAPH)));
        assertEquals(List.of(FixtureList.GRAPH, TestLoaders.ONTOLOGY_GRAPH), graphNames(), "no staging graph is left behind");
    }

    @Test
    protected void aListThatWouldGutTheGraphItReplacesIsRefusedAndNothingChanges() {
        loader.load(SyntheticList.of("city-g", 6));
        String graph = SyntheticList.of("city-g", 1).graphIri();
        Graph before = stored(graph);
        InvalidListException e = assertThrows(InvalidListException.class, () -> loader.load(SyntheticList.of("city-g", 2)));
        assertTrue(e.getMessage().startsWith("city-g would replace its current graph (6 items and 0 citations) with one of "
                + "2 items and 0 citations: more than 50 % of its items or citations would be lost"), e.getMessage());
        assertTrue(e.getMessage().endsWith("nothing was changed (lkg load --replace replaces it anyway)"), e.getMessage());
        assertTrue(IsoMatcher.isomorphic(before, stored(graph)), "the stored graph is as it was");
        assertEquals(List.of(graph, TestLoaders.ONTOLOGY_GRAPH), graphNames(), "no staging graph is left");

        loader.load(SyntheticList.of("city-g", 3));   // half of the items is kept: an ordinary smaller edition
        assertEquals(new ListCounts(3, 0), ListCounts.of(stored(graph)));
    }

    @Test
    protected void defaultGraphIsTheUnionOfListAndOntologyGraphs() {
        loader.load(FixtureList.of("three-items"));
        loader.load(SyntheticList.of("city-b", 5));

        // Items from both list graphs, joined to concept labels that only the ontology graph holds.
        String query = """
                PREFIX lkg: <https://w3id.org/lkg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT (COUNT(?item) AS ?n) { ?item a lkg:PowerItem ; lkg:powerType/skos:prefLabel "行政处罚"@zh }""";
        long n = ((Number) selectOne(query).get("n").getLiteralValue()).longValue();
        assertEquals(2 + 5, n);
    }

    @Test
    protected void reloadingTheSameListChangesNothing() {
        loader.load(FixtureList.of("three-items"));
        GraphFingerprint list = GraphFingerprint.of(dataset(), FixtureList.GRAPH);
        GraphFingerprint all = GraphFingerprint.of(dataset(), null);

        loader.load(FixtureList.of("three-items"));
        try (ListLoader second = newLoader(store)) {
            second.load(FixtureList.of("three-items"));   // a new run rewrites the ontology graph too
        }

        assertEquals(list, GraphFingerprint.of(dataset(), FixtureList.GRAPH));
        assertEquals(all, GraphFingerprint.of(dataset(), null));
    }

    @Test
    protected void decimalsAsTheReaderWritesThemAreReplacedOnReload() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {   // a loader deleting by read-back quads never ends
            loader.load(FixtureList.of("decimal-fines"));
            loader.load(FixtureList.of("decimal-fines"));
            assertEquals(FixtureList.resource("decimal-fines").size(), GraphFingerprint.of(dataset(), FixtureList.GRAPH).size());
            assertEquals(new BigDecimal("105000"), sumOfFines());
            loader.load(FixtureList.of("decimal-fines-changed"));
        });
        assertEquals(FixtureList.resource("decimal-fines-changed").size(), GraphFingerprint.of(dataset(), FixtureList.GRAPH).size());
        assertEquals(new BigDecimal("3000"), sumOfFines());
    }

    // Compared by value: TDB2 gives "5000"^^xsd:decimal back as "5000.0".
    protected BigDecimal sumOfFines() {
        String query = "SELECT (SUM(?v) AS ?total) { GRAPH <" + FixtureList.GRAPH + "> { ?s <https://w3id.org/lkg/ontology#maxFineYuan> ?v } }";
        Object total = selectOne(query).get("total").getLiteralValue();
        return new BigDecimal(total.toString()).stripTrailingZeros().setScale(0);
    }

    @Test
    protected void reloadReplacesTheGraphLeavingNothingOfTheOldOne() {
        loader.load(FixtureList.of("three-items"));
        loader.load(FixtureList.of("two-items"));
        assertTrue(IsoMatcher.isomorphic(FixtureList.resource("two-items"), stored(FixtureList.GRAPH)));
    }

    @Test
    protected void invalidListKeepsThePreviousGraph() {
        loader.load(FixtureList.of("three-items"));
        GraphFingerprint before = GraphFingerprint.of(dataset(), null);

        InvalidListException e = assertThrows(InvalidListException.class,
                () -> loader.load(FixtureList.of("item-without-name")));

        assertEquals(before, GraphFingerprint.of(dataset(), null));
        assertEquals("fixture", e.listKey());
        assertEquals(2, e.violations(), e.getMessage());
        assertTrue(e.getMessage().contains("item/1-2"), e.getMessage());
        assertTrue(e.getMessage().contains("previous graph is unchanged"), e.getMessage());
    }

    @Test
    protected void readerFailingHalfWayKeepsThePreviousGraph() {
        loader.load(SyntheticList.of("city-a", 100));
        GraphFingerprint before = GraphFingerprint.of(dataset(), null);

        assertThrows(PowerListFormatException.class, () -> loader.load(SyntheticList.of("city-a", 100).failingAfter(60)));

        assertEquals(before, GraphFingerprint.of(dataset(), null));
    }

    @Test
    protected void firstLoadThatFailsLeavesTheStoreEmpty() {
        assertThrows(InvalidListException.class, () -> loader.load(FixtureList.of("item-without-name")));
        assertEquals(0, GraphFingerprint.of(dataset(), null).size(), "not even the ontology graph is written");
    }

    @Test
    protected void batchCommitsEachListOnItsOwn() {
        List<ListSource> lists = List.of(
                SyntheticList.of("city-a", 10),
                FixtureList.of("item-without-name", "city-b", IRIS.listGraph("city-b")),
                SyntheticList.of("city-c", 10).failingAfter(5),
                SyntheticList.of("city-d", 10));
        List<LoadBatch.Outcome> told = new ArrayList<>();

        LoadBatch.Result result = LoadBatch.run(loader, lists, told::add);

        assertEquals(result.outcomes(), told);
        assertEquals(List.of(LoadBatch.Status.LOADED, LoadBatch.Status.INVALID, LoadBatch.Status.BAD_INPUT,
                LoadBatch.Status.LOADED), result.outcomes().stream().map(LoadBatch.Outcome::status).toList());
        assertEquals(LoadBatch.Status.INVALID, result.firstFailure().status());
        assertEquals(List.of(IRIS.listGraph("city-a"), IRIS.listGraph("city-d"), TestLoaders.ONTOLOGY_GRAPH), graphNames());
        assertEquals(2 * (SyntheticList.LIST_TRIPLES + 10L * SyntheticList.ITEM_TRIPLES), result.triples());
        assertTrue(result.line().startsWith("2 of 4 lists loaded into "), result.line());
        assertTrue(result.line().endsWith("; 1 bad input; 1 invalid"), result.line());
    }

    /**
     * The first row of {@code query} as the store answers it, its default graph included (here the TDB2 dataset's
     * union; a remote store's subclass asks the store itself).
     */
    protected Binding selectOne(String query) {
        return Txn.calculateRead(dataset(), () -> {
            Binding b = QueryExec.dataset(dataset()).query(query).select().next();
            BindingBuilder copy = BindingBuilder.create();
            b.forEach(copy::add);
            return copy.build();
        });
    }

    @Test
    protected void aListTwiceInOneBatchEndsAsItsLastTimeWhole() {
        List<LoadBatch.Outcome> outcomes = loader.loadBatch(List.of(SyntheticList.of("city-a", 10), SyntheticList.of("city-a", 12)));

        assertEquals(List.of(LoadBatch.Status.LOADED, LoadBatch.Status.LOADED), outcomes.stream().map(LoadBatch.Outcome::status).toList());
        assertEquals(SyntheticList.LIST_TRIPLES + 12L * SyntheticList.ITEM_TRIPLES, GraphFingerprint.of(dataset(), IRIS.listGraph("city-a")).size(),
                "the second list's triples alone, not both lists' together");
    }

    @Test
    protected void aBatchLoadsWhatConformsAndLeavesOutWhatFailsKeepingItsPreviousGraph() {
        loader.load(SyntheticList.of("city-b", 4));
        loader.load(SyntheticList.of("city-e", 10));
        GraphFingerprint cityB = GraphFingerprint.of(dataset(), IRIS.listGraph("city-b"));
        GraphFingerprint cityE = GraphFingerprint.of(dataset(), IRIS.listGraph("city-e"));
        List<ListSource> batch = List.of(
                SyntheticList.of("city-a", 10),
                FixtureList.of("item-without-name", "city-b", IRIS.listGraph("city-b")),
                SyntheticList.of("city-c", 10).failingAfter(5),
                SyntheticList.of("city-e", 2),   // would gut the 10 items it replaces
                SyntheticList.of("city-d", 7));

        List<LoadBatch.Outcome> outcomes = loader.loadBatch(batch);

        assertEquals(List.of("city-a", "city-b", "city-c", "city-e", "city-d"), outcomes.stream().map(LoadBatch.Outcome::listKey).toList(),
                "one outcome per list, in input order");
        assertEquals(List.of(LoadBatch.Status.LOADED, LoadBatch.Status.INVALID, LoadBatch.Status.BAD_INPUT,
                LoadBatch.Status.INVALID, LoadBatch.Status.LOADED), outcomes.stream().map(LoadBatch.Outcome::status).toList());
        assertEquals(SyntheticList.LIST_TRIPLES + 10L * SyntheticList.ITEM_TRIPLES, GraphFingerprint.of(dataset(), IRIS.listGraph("city-a")).size());
        assertEquals(SyntheticList.LIST_TRIPLES + 7L * SyntheticList.ITEM_TRIPLES, GraphFingerprint.of(dataset(), IRIS.listGraph("city-d")).size());
        assertEquals(cityB, GraphFingerprint.of(dataset(), IRIS.listGraph("city-b")), "the invalid list keeps its previous graph");
        assertEquals(cityE, GraphFingerprint.of(dataset(), IRIS.listGraph("city-e")), "the refused list keeps its previous graph");
        assertEquals(List.of(IRIS.listGraph("city-a"), IRIS.listGraph("city-b"), IRIS.listGraph("city-d"), IRIS.listGraph("city-e"),
                TestLoaders.ONTOLOGY_GRAPH), graphNames(), "the list that could not be read left nothing; no staging graph");
    }

    protected Graph stored(String graphIri) {
        return Txn.calculateRead(dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset().getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    protected List<String> graphNames() { return graphNames(store); }

    public static List<String> graphNames(TdbStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> names = new ArrayList<>();
            store.dataset().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }
}
