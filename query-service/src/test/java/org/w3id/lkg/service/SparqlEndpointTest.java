package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

/** {@code /sparql} as the SPARQL 1.1 Protocol says, and the safety rules of a public endpoint. */
class SparqlEndpointTest extends EmbeddedServiceTest {
    private static final String COUNT_ITEMS = "PREFIX lkg: <https://w3id.org/lkg/ontology#> "
            + "SELECT (COUNT(?i) AS ?n) WHERE { ?i a lkg:PowerItem }";
    private static final String CONSTRUCT = "PREFIX lkg: <https://w3id.org/lkg/ontology#> "
            + "CONSTRUCT { ?i lkg:itemName ?n } WHERE { ?i lkg:itemName ?n }";

    @Test
    void getPostFormAndPostDirectAgree() {
        HttpResponse<String> get = http.get("/sparql?query=" + Http.enc(COUNT_ITEMS));
        HttpResponse<String> form = http.post("/sparql", "application/x-www-form-urlencoded", "query=" + Http.enc(COUNT_ITEMS));
        HttpResponse<String> direct = http.post("/sparql", "application/sparql-query", COUNT_ITEMS);
        for (HttpResponse<String> r : java.util.List.of(get, form, direct)) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+json"));
            assertEquals("54", Http.json(r).get("results").get("bindings").get(0).get("n").get("value").asString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json, \"vars\"",
            "application/json,                application/sparql-results+json, \"vars\"",
            "application/sparql-results+xml,  application/sparql-results+xml,  <sparql",
            "text/csv,                        text/csv,                        54",
            "text/tab-separated-values,       text/tab-separated-values,       ?n",
            // a browser's address bar: the readable result page (issue 11), the count in its table
            "'text/html,application/xhtml+xml,*/*;q=0.8', text/html,                   <td>54</td>",
            // a client that names no type at all still gets SPARQL JSON
            "'*/*',                           application/sparql-results+json, \"vars\""})
    void selectResultsByAccept(String accept, String type, String contains) {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(COUNT_ITEMS), "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type), r.headers().toString());
        assertTrue(r.body().contains(contains), r.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML"})
    void constructResultsByAccept(String accept, String lang) {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(CONSTRUCT), "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), langOf(lang)).parse(m);
        assertEquals(54, m.size(), "one name per item");
    }

    @Test
    void askAndDescribe() {
        HttpResponse<String> ask = http.get("/sparql?query=" + Http.enc("ASK { ?s ?p ?o }"));
        assertTrue(Http.json(ask).get("boolean").asBoolean());
        HttpResponse<String> describe = http.get("/sparql?query=" + Http.enc("DESCRIBE <" + LAWYERS_LAW_49 + ">"), "Accept", "text/turtle");
        assertEquals(200, describe.statusCode());
        assertTrue(describe.body().contains("lawyers-law/art/49"), describe.body());
    }

    @Test
    void badQueryIs400WithTheParsersMessage() {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc("SELECT ?s WHERE { ?s ?p "));
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertTrue(r.body().contains("does not parse") && r.body().contains("line 1"), r.body());
        assertEquals(400, http.get("/sparql").statusCode(), "no query");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "INSERT DATA { <urn:x> <urn:y> <urn:z> }",
            "LOAD <http://example.org/data.ttl>",
            "DROP ALL",
            "CLEAR DEFAULT"})
    void updatesAreRefusedAnyWayTheyCome(String update) {
        long before = count();
        assertEquals(403, http.get("/sparql?query=" + Http.enc(update)).statusCode());
        assertEquals(403, http.post("/sparql", "application/x-www-form-urlencoded", "update=" + Http.enc(update)).statusCode());
        assertEquals(403, http.post("/sparql", "application/sparql-update", update).statusCode());
        HttpResponse<String> direct = http.post("/sparql", "application/sparql-query", update);
        assertEquals(403, direct.statusCode());
        assertTrue(direct.body().contains("read-only"), direct.body());
        assertEquals(before, count(), "the store is unchanged");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?q ?r } } }",
            "SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } } } }",
            "SELECT * WHERE { BIND(<http://example.org/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }"})
    void serviceIsRefused(String query) {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(query));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE is refused"), r.body());
    }

    @Test
    void slowQueryIsCancelledWithAClearError() {
        String cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        // How long cancelling takes is measured by bench/service/run.sh, not asserted here.
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(cartesian));
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("cancelled after 2 s"), r.body());
        assertEquals(200, http.get("/sparql?query=" + Http.enc(COUNT_ITEMS)).statusCode(), "the store still answers");
    }

    @Test
    void resultsAreCapped() {
        HttpResponse<String> all = http.get("/sparql?query=" + Http.enc("SELECT * WHERE { ?s ?p ?o }"), "Accept", "text/csv");
        assertEquals(501, all.body().split("\r\n").length, "header + 500 rows");
        assertEquals("true", all.headers().firstValue("X-LKG-Truncated").orElseThrow());
        assertEquals("500", all.headers().firstValue("X-LKG-Result-Limit").orElseThrow());
        HttpResponse<String> few = http.get("/sparql?query=" + Http.enc("SELECT * WHERE { ?s ?p ?o } LIMIT 10"), "Accept", "text/csv");
        assertEquals(11, few.body().split("\r\n").length);
        assertEquals("false", few.headers().firstValue("X-LKG-Truncated").orElseThrow());
    }

    @Test
    void corsIsOpenForGet() {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc("ASK {}"), "Origin", "https://yasgui.example");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        HttpResponse<String> preflight = http.options("/sparql", "Origin", "https://yasgui.example",
                "Access-Control-Request-Method", "GET");
        assertEquals(200, preflight.statusCode());
        HttpResponse<String> post = http.options("/sparql", "Origin", "https://yasgui.example",
                "Access-Control-Request-Method", "POST");
        assertFalse(post.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "POST is not opened cross-origin");
    }

    @Test
    void embeddedFusekiServesTheSameStore() {
        String fuseki = store.fusekiEndpoint().orElseThrow();
        Http direct = new Http("");
        HttpResponse<String> r = direct.get(fuseki + "?query=" + Http.enc(COUNT_ITEMS), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode n = Http.json(r).get("results").get("bindings").get(0).get("n");
        assertEquals("54", n.get("value").asString(), "Fuseki sees the union of the graphs too");
    }

    private long count() {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        return Long.parseLong(Http.json(r).get("results").get("bindings").get(0).get("n").get("value").asString());
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }
}
