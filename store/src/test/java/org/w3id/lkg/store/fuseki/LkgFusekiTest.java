package org.w3id.lkg.store.fuseki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.fixture.FixtureList;
import org.w3id.lkg.store.fixture.SyntheticList;
import org.w3id.lkg.store.fixture.TestLoaders;
import org.w3id.lkg.store.load.ListLoaderContractTest;
import org.w3id.lkg.store.tdb.TdbListLoader;
import org.w3id.lkg.store.tdb.TdbStore;

/** The Fuseki server over a store folder, over HTTP: what it answers, what it refuses, and that it lets go. */
class LkgFusekiTest {
    static final String COUNT_ITEMS = "SELECT (COUNT(*) AS ?n) { ?item a <https://w3id.org/lkg/ontology#PowerItem> }";

    @TempDir Path dir;
    Path folder;

    @BeforeEach
    void loadTwoLists() {
        folder = dir.resolve("tdb2");
        try (TdbListLoader loader = TdbListLoader.builder().store(folder).validator(TestLoaders.testShapes()).build()) {
            loader.load(FixtureList.of("three-items"));
            loader.load(SyntheticList.of("city-b", 4));
        }
    }

    static int count(String datasetUrl) {
        try (QueryExecHTTP q = QueryExecHTTP.service(datasetUrl + "/sparql").query(COUNT_ITEMS).build()) {
            return ((Number) q.select().next().get("n").getLiteralValue()).intValue();
        }
    }

    @Test
    void safeByDefaultLoopbackOnlyWithASmallOutputBuffer() {
        try (LkgFuseki fuseki = LkgFuseki.builder().store(folder).port(0).build()) {
            assertEquals("127.0.0.1", fuseki.host());
            // 32 KiB, not the 5 MiB Fuseki 5.6.0 asks for on every response (apache/jena#4084)
            assertEquals(java.util.List.of("127.0.0.1 32768"), fuseki.connectorSettings());
        }
        try (LkgFuseki fuseki = LkgFuseki.builder().store(folder).port(0).host("0.0.0.0").build()) {
            assertEquals(java.util.List.of("0.0.0.0 32768"), fuseki.connectorSettings(), "published only when asked");
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)   // without the server's timeout the query below runs for hours
    void aQueryThatNeverEndsIsCancelledAfterTheTimeout() {
        String runaway = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i";
        try (LkgFuseki fuseki = LkgFuseki.builder().store(folder).port(0).queryTimeout(java.time.Duration.ofMillis(500)).build().start()) {
            // Cancelled before Fuseki sends anything, it is a 503; once it has sent 200 and the results' head (it may,
            // before the first row), a cut-off body that the client's parser refuses. Either way the query ends.
            RuntimeException e = assertThrows(RuntimeException.class, () -> {
                try (QueryExecHTTP q = QueryExecHTTP.service(fuseki.datasetUrl() + "/sparql").query(runaway).build()) {
                    q.select().forEachRemaining(row -> {});
                }
            });
            if (e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP http) assertEquals(503, http.getStatusCode(), http.getMessage());
            else assertTrue(e instanceof org.apache.jena.sparql.resultset.ResultSetException, e.toString());
            assertEquals(3 + 4, count(fuseki.datasetUrl()), "and the server answers the next query");
        }
    }

    @Test
    void serviceCallsNoOtherHost() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             LkgFuseki fuseki = LkgFuseki.builder().store(folder).port(0).build().start()) {
            listener.setSoTimeout(1000);
            String query = "SELECT * { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/x> { ?s ?p ?o } }";
            assertThrows(org.apache.jena.sparql.engine.http.QueryExceptionHTTP.class, () -> {
                try (QueryExecHTTP q = QueryExecHTTP.service(fuseki.datasetUrl() + "/sparql").query(query).build()) {
                    q.select().forEachRemaining(row -> {});
                }
            });
            assertThrows(java.net.SocketTimeoutException.class, listener::accept, "nobody called the listener");
        }
    }

    @Test
    void readOnlyByDefaultWithTheUnionAsDefaultGraph() {
        try (LkgFuseki fuseki = LkgFuseki.builder().store(folder).port(0).build().start()) {
            String url = fuseki.datasetUrl();
            assertTrue(url.matches("http://localhost:\\d+/lkg"), url);

            assertEquals(3 + 4, count(url));
            Graph listGraph = GSP.service(url).graphName(FixtureList.GRAPH).GET();
            assertTrue(IsoMatcher.isomorphic(FixtureList.resource("three-items"), listGraph));

            HttpException update = assertThrows(HttpException.class,
                    () -> UpdateExecHTTP.service(url).update("CLEAR ALL").execute());
            assertTrue(update.getStatusCode() >= 400 && update.getStatusCode() < 500, update.toString());
            HttpException put = assertThrows(HttpException.class,
                    () -> GSP.service(url).graphName(FixtureList.GRAPH).PUT(FixtureList.resource("two-items")));
            assertTrue(put.getStatusCode() >= 400 && put.getStatusCode() < 500, put.toString());
            assertEquals(3 + 4, count(url));
        }
        // Stopping released the store: it opens again, as the next 'lkg load' would.
        try (TdbStore store = TdbStore.openExisting(folder)) {
            assertEquals(2, ListLoaderContractTest.graphNames(store).size());
        }
    }

    @Test
    void updatesOnlyWhenAllowed() {
        try (LkgFuseki fuseki = LkgFuseki.builder().store(folder).port(0).allowUpdate(true).build().start()) {
            UpdateExecHTTP.service(fuseki.datasetUrl()).update("DROP GRAPH <" + FixtureList.GRAPH + ">").execute();
            assertEquals(4, count(fuseki.datasetUrl()));
        }
    }

    @Test
    void aPortInUseIsABadArgumentAndReleasesTheStore() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            LkgFuseki fuseki = LkgFuseki.builder().store(folder).port(taken.getLocalPort()).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, fuseki::start);
            assertTrue(e.getMessage().contains("port " + taken.getLocalPort() + " is in use"), e.getMessage());
        }
        try (TdbStore store = TdbStore.openExisting(folder)) {
            assertEquals(2, ListLoaderContractTest.graphNames(store).size());
        }
    }

    @Test
    void refusesAFolderWithoutAStore() {
        StoreException e = assertThrows(StoreException.class, () -> LkgFuseki.builder().store(dir.resolve("none")).build());
        assertTrue(e.getMessage().contains("no TDB2 store at"), e.getMessage());
    }

    @Test
    void anUpdatableServerMayStartOnAStoreItCreates() {
        Path fresh = dir.resolve("fresh");
        try (LkgFuseki fuseki = LkgFuseki.builder().store(fresh).createStore(true).port(0).allowUpdate(true)
                .build().start()) {
            assertEquals(0, count(fuseki.datasetUrl()));
            GSP.service(fuseki.datasetUrl()).graphName(FixtureList.GRAPH).PUT(FixtureList.resource("three-items"));
            assertEquals(3, count(fuseki.datasetUrl()));
        }
        try (TdbStore store = TdbStore.openExisting(fresh)) {
            assertEquals(1, ListLoaderContractTest.graphNames(store).size());
        }
    }
}
