package org.w3id.lkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ingest.PowerListIngest;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.OntologyResources;
import org.w3id.lkg.store.load.CountingStream;
import org.w3id.lkg.store.load.ListLoaderContractTest;
import org.w3id.lkg.store.load.LoadBatch;
import org.w3id.lkg.store.tdb.TdbStore;

/** The one call "load these lists into this store", with the real reader on the seed and a real TDB2 store. */
class ListLoadTest {
    static final Path SEED = Path.of("../seeds/000_9601f697a03374a4.txt");
    /** A two-item list (ingest's fixture): enough for what does not need the whole seed. */
    static final Path SMALL = Path.of("../ingest/src/test/resources/lists/two-items-name-a-warning-under-one-article.csv");
    static final IriScheme IRIS = IriScheme.standard();

    @TempDir Path dir;

    @Test
    void theSeedGoesIntoItsGraphAsTheReaderWroteItBesideTheOntologyAndEditionsGraphs() {
        try (TdbStore store = TdbStore.openOrCreate(dir.resolve("tdb2"))) {
            LoadBatch.Result result = ListLoad.into(store).lists(List.of(SEED)).run();
            assertEquals("1 of 1 list loaded into " + store.folder(), result.line().substring(0, result.line().indexOf(':')));
            String graph = IRIS.listGraph("000_9601f697a03374a4");
            assertEquals(List.of(graph, IRIS.editionsGraph(), IRIS.ontologyGraph()), ListLoaderContractTest.graphNames(store),
                    "the list's graph, the ontology graph and the catalogue of editions");
            Graph stored = Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(NodeFactory.createURI(graph))));
            assertTrue(IsoMatcher.isomorphic(ingested(SEED), stored), "the stored graph is the reader's");
            Graph ontology = Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(NodeFactory.createURI(IRIS.ontologyGraph()))));
            assertTrue(IsoMatcher.isomorphic(OntologyResources.reference(), ontology), "the ontology graph is the reference ontology");
        }
    }

    @Test
    void aListThatCannotBeReadIsAnOutcomeAndTheOthersLoad() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "");
        List<LoadBatch.Outcome> told = new ArrayList<>();
        try (TdbStore store = TdbStore.openOrCreate(dir.resolve("tdb2"))) {
            LoadBatch.Result result = ListLoad.into(store).lists(List.of(empty, SMALL)).onOutcome(told::add).run();
            assertEquals(List.of(LoadBatch.Status.BAD_INPUT, LoadBatch.Status.LOADED),
                    result.outcomes().stream().map(LoadBatch.Outcome::status).toList());
            assertEquals(result.outcomes(), told, "the listener hears every outcome, in order");
            assertTrue(result.firstFailure().failure().getMessage().contains("the file is empty"), result.firstFailure().line());
        }
    }

    @Test
    void compactsEveryNListsAndAfterTheBatchWhenAsked() throws Exception {
        Path a = Files.copy(SMALL, dir.resolve("a.csv"));
        Path b = Files.copy(SMALL, dir.resolve("b.csv"));
        List<Duration> compactions = new ArrayList<>();
        try (TdbStore store = TdbStore.openOrCreate(dir.resolve("tdb2"))) {
            ListLoad.into(store).lists(List.of(a, b)).compactEvery(1).compactAfter(true).onCompacted(compactions::add).run();
            assertEquals(2, compactions.size(), "once after the first list (not after the last: the batch's own follows), once after the batch");
            ListLoad.into(store).lists(List.of(a)).onCompacted(compactions::add).run();
            assertEquals(2, compactions.size(), "no compaction unless asked");
        }
    }

    @Test
    void anObserverSeesEveryTripleOfEachListByItsKey() {
        List<String> keys = new ArrayList<>();
        CountingStream[] counter = new CountingStream[1];
        try (TdbStore store = TdbStore.openOrCreate(dir.resolve("tdb2"))) {
            LoadBatch.Result result = ListLoad.into(store).lists(List.of(SEED))
                    .observedBy((key, sink) -> { keys.add(key); return counter[0] = new CountingStream(sink); }).run();
            assertEquals(List.of("000_9601f697a03374a4"), keys);
            assertEquals(result.triples(), counter[0].triples());
            assertEquals(54, counter[0].records());
        }
    }

    @Test
    void anEndpointIsNeverCompacted() {
        ListLoad.Builder load = ListLoad.intoEndpoint("http://localhost:3030/lkg").lists(List.of(SEED)).compactAfter(true);
        assertThrows(IllegalStateException.class, load::build);
    }

    // Through a TDB2 dataset of its own: TDB2 keeps decimals inline and gives "5000" back as "5000.0", so the
    // reader's graph is compared with the stored one as TDB2 gives both back.
    static Graph ingested(Path list) {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        return Txn.calculateWrite(tdb, () -> {
            Graph g = tdb.getDefaultGraph();
            StreamRDF sink = StreamRDFLib.graph(g);
            sink.start();
            PowerListIngest.builder().source(list).build().streamTo(sink);
            sink.finish();
            return copy(g);
        });
    }

    static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }
}
