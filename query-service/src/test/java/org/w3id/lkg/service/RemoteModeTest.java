package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.lkg.ingest.PowerListIngest;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.OntologyResources;
import org.w3id.lkg.store.load.ListSource;
import org.w3id.lkg.store.tdb.TdbListLoader;

import tools.jackson.databind.JsonNode;

/**
 * The service in remote mode against a real Fuseki (jena-fuseki-main on a free port) that holds the seed: every
 * query goes over HTTP to Fuseki, resolution included, and health follows the endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteModeTest {
    private static final FusekiServer FUSEKI;
    private static final Path DUMPS;

    static {
        try {
            DUMPS = java.nio.file.Files.createTempDirectory("lkg-remote-dumps");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();    // in-memory TDB2
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        IriScheme iris = IriScheme.standard();
        TdbListLoader loader = TdbListLoader.builder().dataset(dsg).validator(OntologyResources::validate)
                .ontology(iris.ontologyGraph(), OntologyResources.reference()).build();
        loader.load(ListSource.of(PowerListIngest.builder().source(Path.of("..", "seeds", EmbeddedServiceTest.SEED)).build()));
        loader.close();
        FUSEKI = FusekiServer.create().port(0).loopback(true).add("/ds", dsg).build().start();
    }

    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry registry) {
        registry.add("lkg.endpoint", () -> "http://localhost:" + FUSEKI.getHttpPort() + "/ds/sparql");
        registry.add("lkg.dumps", () -> DUMPS.toString());
    }

    @AfterAll
    static void stopFuseki() {
        FUSEKI.stop();
    }

    @LocalServerPort
    int port;

    private Http http() { return new Http("http://localhost:" + port); }

    @Test
    @Order(1)
    void cannedQueryRunsOnTheEndpoint() {
        HttpResponse<String> r = http().get("/api/queries/items-by-article?article=" + Http.enc("律师法 49"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode rows = Http.json(r);
        assertEquals(2, rows.size(), r.body());
        assertEquals("律师事务所管理办法第五十一条", rows.get(1).get("via").asString());
    }

    @Test
    @Order(2)
    void sparqlAndResolveRunOnTheEndpoint() {
        HttpResponse<String> r = http().get("/sparql?query=" + Http.enc("PREFIX lkg: <https://w3id.org/lkg/ontology#> "
                + "SELECT (COUNT(?i) AS ?n) WHERE { ?i a lkg:PowerItem }"), "Accept", "text/csv");
        assertEquals("n\r\n54\r\n", r.body());
        JsonNode resolved = Http.json(http().get("/api/resolve?ref=" + Http.enc("《中华人民共和国律师法》第49条")));
        assertEquals(EmbeddedServiceTest.LAWYERS_LAW_49, resolved.get("iri").asString());
        assertEquals(403, http().get("/sparql?query=" + Http.enc("SELECT * { SERVICE <http://example.org/> { ?s ?p ?o } }")).statusCode());
    }

    @Test
    @Order(3)
    void pagesDescriptionsAndDumpsRunOnTheEndpoint() {
        HttpResponse<String> item = http().get("/id/list/000_9601f697a03374a4/item/1-2", "Accept", "text/html");
        assertEquals(200, item.statusCode(), item.body());
        assertTrue(item.body().contains("一万元以下罚款") && item.body().contains("律师法第四十九条"));
        HttpResponse<String> ttl = http().get("/id/doc/lawyers-law/art/49", "Accept", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.body().contains("lkg:prescribes"), ttl.body());
        assertEquals(200, http().get("/dumps/lkg.nq.gz").statusCode());
        assertTrue(http().get("/.well-known/void").body().contains("void:triples"));
    }

    @Test
    @Order(3)
    void healthIsUpWhileTheEndpointAnswers() {
        JsonNode h = Http.json(http().get("/actuator/health"));
        assertEquals("UP", h.get("status").asString(), h.toString());
        assertTrue(h.get("components").get("store").get("details").get("store").asString().endsWith("/ds/sparql"));
    }

    @Test
    @Order(4)
    void endpointDownMeansHealthDownAndQueries502() {
        FUSEKI.stop();
        HttpResponse<String> health = http().get("/actuator/health");
        assertEquals(503, health.statusCode());
        assertEquals("DOWN", Http.json(health).get("status").asString());
        HttpResponse<String> q = http().get("/sparql?query=" + Http.enc("ASK {}"));
        assertEquals(502, q.statusCode(), q.body());
    }
}
