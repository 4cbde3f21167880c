package org.w3id.lkg.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.fixture.FixtureList;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.fixture.SyntheticList;
import org.w3id.lkg.store.fixture.TestLoaders;
import org.w3id.lkg.store.fixture.VirtuosoServer;
import org.w3id.lkg.store.load.ListLoader;
import org.w3id.lkg.store.load.ListLoaderContractTest;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * The loader contract against a second, independent engine: a real Virtuoso 7.2 (one per class, started on
 * loopback), written through its digest-authenticated Graph Store Protocol and SPARQL Update endpoints and read
 * back over HTTP. Besides the contract: readers never see half a swap, and a refused write or move keeps the graph.
 */
class VirtuosoListLoaderTest extends ListLoaderContractTest {
    private static VirtuosoServer virtuoso;

    @BeforeAll
    static void startVirtuoso() { virtuoso = VirtuosoServer.start(); }

    @AfterAll
    static void stopVirtuoso() {
        if (virtuoso != null) virtuoso.close();
    }

    private static RemoteListLoader.Builder loaderFor(RemoteEndpoint endpoint) {
        return RemoteListLoader.builder().endpoint(endpoint).validator(TestLoaders.testShapes())
                .ontology(TestLoaders.ONTOLOGY_GRAPH, FixtureList.resource("ontology"));
    }

    @Override
    protected ListLoader newLoader(TdbStore unused) { return loaderFor(virtuoso.writeEndpoint()).build(); }

    /** Each test starts from an empty store: what one wrote is dropped, the server stays up for the next. */
    @Override
    protected void stopServices() { virtuoso.dropAll(); }

    @Override
    protected DatasetGraph dataset() { return virtuoso.snapshot(); }

    @Override
    protected List<String> graphNames() { return virtuoso.graphNames(); }

    // Asked of Virtuoso's public endpoint, with no FROM: its default graph is then every graph it holds.
    @Override
    protected Binding selectOne(String query) {
        try (QueryExec q = QueryExecHTTP.service(virtuoso.queryUrl()).query(query).build()) {
            Binding b = q.select().next();
            BindingBuilder copy = BindingBuilder.create();
            b.forEach(copy::add);
            return copy.build();
        }
    }

    @Test
    void readersSeeTheOldListOrTheNewOneNeverHalfOfEither() throws InterruptedException {
        loader.load(SyntheticList.of("city-s", 40));
        String graph = SyntheticList.of("city-s", 1).graphIri();
        String count = "SELECT (COUNT(?i) AS ?n) { GRAPH <" + graph + "> { ?i a <https://w3id.org/lkg/ontology#PowerItem> } }";
        Set<Integer> seen = new TreeSet<>();
        AtomicInteger reads = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicReference<RuntimeException> readerFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                while (loading.get()) {
                    int n = ((Number) selectOne(count).get("n").getLiteralValue()).intValue();
                    synchronized (seen) { seen.add(n); }
                    reads.incrementAndGet();
                }
            } catch (RuntimeException e) {
                readerFailure.set(e);
            }
        });
        reader.start();
        try {
            for (int round = 0; round < 8; round++) loader.load(SyntheticList.of("city-s", round % 2 == 0 ? 25 : 40));
        } finally {
            loading.set(false);
            reader.join();
        }
        if (readerFailure.get() != null) throw readerFailure.get();
        assertTrue(reads.get() > 8, "the reader ran alongside the loads (" + reads.get() + " reads)");
        assertTrue(Set.of(25, 40).containsAll(seen), "every count a reader saw is a whole list: " + seen);
        assertEquals(List.of(graph, TestLoaders.ONTOLOGY_GRAPH), graphNames(), "no staging graph is left");
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingChanges() {
        loader.load(FixtureList.of("three-items"));
        GraphFingerprint before = GraphFingerprint.of(dataset(), null);
        // Another spelling of the host, so the wrong password is registered beside the right one, not over it.
        String base = virtuoso.base().replace("127.0.0.1", "localhost");
        RemoteEndpoint wrong = RemoteEndpoint.at(base + "/sparql-auth").graphStore(base + "/sparql-graph-crud-auth")
                .update(base + "/sparql-auth").credentials(VirtuosoServer.USER, "not-the-password").build();

        StoreException e = assertThrows(StoreException.class, () -> loaderFor(wrong).build().load(FixtureList.of("two-items")));

        assertTrue(e.getMessage().contains("answered 401"), e.getMessage());
        assertTrue(e.getMessage().contains("the list's graph in the store is unchanged"), e.getMessage());
        assertEquals(before, GraphFingerprint.of(dataset(), null));
    }

    @Test
    void aRefusedMoveLeavesNoStagingGraphAndKeepsTheGraph() {
        loader.load(FixtureList.of("three-items"));
        GraphFingerprint before = GraphFingerprint.of(dataset(), null);
        // The Graph Store Protocol as the writing user, but updates sent to the public endpoint, where the
        // anonymous user may only read: the PUT lands, the move is refused.
        RemoteEndpoint w = virtuoso.writeEndpoint();
        RemoteEndpoint noUpdate = RemoteEndpoint.at(w.dataset()).graphStore(w.graphStore()).update(virtuoso.queryUrl())
                .credentials(VirtuosoServer.USER, VirtuosoServer.PASSWORD).build();

        StoreException e = assertThrows(StoreException.class, () -> loaderFor(noUpdate).build().load(FixtureList.of("two-items")));

        assertTrue(e.getMessage().contains("the move of fixture"), e.getMessage());
        assertEquals(before, GraphFingerprint.of(dataset(), null));
        assertEquals(List.of(FixtureList.GRAPH, TestLoaders.ONTOLOGY_GRAPH), graphNames(), "the staging graph was dropped");
    }
}
