package org.w3id.lkg.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.fixture.FixtureList;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.fixture.SyntheticList;
import org.w3id.lkg.store.fixture.TestLoaders;
import org.w3id.lkg.store.fuseki.LkgFuseki;
import org.w3id.lkg.store.load.ListLoader;
import org.w3id.lkg.store.load.ListLoaderContractTest;
import org.w3id.lkg.store.load.LoadBatch;
import org.w3id.lkg.store.tdb.TdbListLoader;
import org.w3id.lkg.store.tdb.TdbStore;

import com.sun.net.httpserver.HttpServer;

/**
 * The loader contract over HTTP against a real Fuseki on a free port, and the ways an endpoint fails: nothing
 * listening, answering 500, refusing writes, refusing the move, going away between two loads.
 */
class RemoteListLoaderTest {

    static RemoteListLoader remote(String endpoint) {
        return RemoteListLoader.builder().endpoint(endpoint).validator(TestLoaders.testShapes())
                .ontology(TestLoaders.ONTOLOGY_GRAPH, FixtureList.resource("ontology")).build();
    }

    @Nested
    class AgainstFuseki extends ListLoaderContractTest {
        LkgFuseki fuseki;

        @Override
        protected ListLoader newLoader(TdbStore store) {
            if (fuseki == null) {
                fuseki = LkgFuseki.builder().dataset(store.dataset()).port(0).allowUpdate(true).build().start();
            }
            return remote(fuseki.datasetUrl());
        }

        @Override
        protected void stopServices() { fuseki.stop(); }

        @Test
        void queriesOverHttpSeeTheUnionOfTheGraphs() {
            loader.load(FixtureList.of("three-items"));
            loader.load(SyntheticList.of("city-b", 4));
            String query = "SELECT (COUNT(*) AS ?n) { ?item a <https://w3id.org/lkg/ontology#PowerItem> }";
            try (QueryExecHTTP q = QueryExecHTTP.service(fuseki.datasetUrl()).query(query).build()) {
                assertEquals(3 + 4, ((Number) q.select().next().get("n").getLiteralValue()).intValue());
            }
        }
    }

    @Nested
    class Failures {
        @TempDir Path dir;
        TdbStore store;
        GraphFingerprint loaded;

        @BeforeEach
        void loadOneList() {
            store = TdbStore.openOrCreate(dir.resolve("tdb2"));
            try (TdbListLoader loader = TestLoaders.tdb(store.dataset()).build()) {
                loader.load(FixtureList.of("three-items"));
            }
            loaded = GraphFingerprint.of(store.dataset(), null);
        }

        @AfterEach
        void close() { store.close(); }

        @Test
        void nothingListening() throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            StoreException e = assertThrows(StoreException.class,
                    () -> remote("http://localhost:" + port + "/lkg").load(FixtureList.of("three-items")));
            assertTrue(e.getMessage().contains("nothing is listening there"), e.getMessage());
            assertTrue(e.getMessage().contains("http://localhost:" + port + "/lkg"), e.getMessage());
        }

        @Test
        void endpointAnswering500() throws IOException {
            HttpServer broken = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            broken.createContext("/", exchange -> {
                byte[] body = "store is out of disk space".getBytes(StandardCharsets.UTF_8);
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(500, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            broken.start();
            try {
                String url = "http://localhost:" + broken.getAddress().getPort() + "/lkg";
                StoreException e = assertThrows(StoreException.class, () -> remote(url).load(FixtureList.of("three-items")));
                assertTrue(e.getMessage().contains("answered 500"), e.getMessage());
                assertTrue(e.getMessage().contains("out of disk space"), e.getMessage());
            } finally {
                broken.stop(0);
            }
        }

        @Test
        void readOnlyFusekiRefusesAndKeepsTheGraph() {
            try (LkgFuseki fuseki = LkgFuseki.builder().dataset(store.dataset()).port(0).build().start()) {
                StoreException e = assertThrows(StoreException.class,
                        () -> remote(fuseki.datasetUrl()).load(FixtureList.of("two-items")));
                assertTrue(e.getMessage().matches(".*answered 4\\d\\d.*"), e.getMessage());
            }
            assertEquals(loaded, GraphFingerprint.of(store.dataset(), null));
        }

        @Test
        void refusedMoveLeavesNoStagingGraphAndKeepsTheGraph() {
            // Graph Store Protocol writes allowed, SPARQL Update not: the PUT lands, the MOVE is refused.
            DataService noUpdate = DataService.newBuilder(store.dataset())
                    .addEndpoint(Operation.GSP_RW, "").addEndpoint(Operation.Query, "").build();
            FusekiServer server = FusekiServer.create().port(0).loopback(true).add(LkgFuseki.DATASET, noUpdate).start();
            try {
                String url = "http://localhost:" + server.getHttpPort() + LkgFuseki.DATASET;
                StoreException e = assertThrows(StoreException.class, () -> remote(url).load(FixtureList.of("two-items")));
                assertTrue(e.getMessage().contains("the move of fixture"), e.getMessage());
            } finally {
                server.stop();
            }
            // The ontology graph was PUT again before the list, with the same triples: the store is as it was.
            assertEquals(loaded, GraphFingerprint.of(store.dataset(), null));
            assertEquals(List.of(FixtureList.GRAPH, TestLoaders.ONTOLOGY_GRAPH), ListLoaderContractTest.graphNames(store));
        }

        @Test
        void refusedMoveOfABatchLeavesEveryListOfItAsItWasAndNoStagingGraph() {
            DataService noUpdate = DataService.newBuilder(store.dataset())
                    .addEndpoint(Operation.GSP_RW, "").addEndpoint(Operation.Query, "").build();
            FusekiServer server = FusekiServer.create().port(0).loopback(true).add(LkgFuseki.DATASET, noUpdate).start();
            List<LoadBatch.Outcome> outcomes;
            try {
                String url = "http://localhost:" + server.getHttpPort() + LkgFuseki.DATASET;
                outcomes = remote(url).loadBatch(List.of(FixtureList.of("two-items"), SyntheticList.of("city-b", 3)));
            } finally {
                server.stop();
            }
            assertEquals(List.of(LoadBatch.Status.STORE_FAILED, LoadBatch.Status.STORE_FAILED),
                    outcomes.stream().map(LoadBatch.Outcome::status).toList());
            assertTrue(outcomes.get(0).failure().getMessage().contains("the move of a batch of 2 lists"), outcomes.get(0).line());
            assertEquals(loaded, GraphFingerprint.of(store.dataset(), null));
            assertEquals(List.of(FixtureList.GRAPH, TestLoaders.ONTOLOGY_GRAPH), ListLoaderContractTest.graphNames(store));
        }

        @Test
        void fusekiGoneBetweenTwoLoadsLosesNothing() {
            LkgFuseki fuseki = LkgFuseki.builder().dataset(store.dataset()).port(0).allowUpdate(true).build().start();
            String url = fuseki.datasetUrl();
            RemoteListLoader loader = remote(url);
            loader.load(SyntheticList.of("city-b", 3));
            GraphFingerprint afterFirst = GraphFingerprint.of(store.dataset(), null);
            fuseki.stop();

            StoreException e = assertThrows(StoreException.class, () -> loader.load(FixtureList.of("two-items")));

            assertTrue(e.getMessage().contains("cannot reach the endpoint " + url), e.getMessage());
            assertEquals(afterFirst, GraphFingerprint.of(store.dataset(), null));
        }
    }
}
