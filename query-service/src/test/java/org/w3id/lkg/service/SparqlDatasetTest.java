package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The SPARQL 1.1 Protocol's dataset rules on {@code /sparql} (the W3C protocol tests' dataset cases, and stricter
 * ones): no dataset means the union of the lists; {@code default-graph-uri} / {@code named-graph-uri} or FROM / FROM
 * NAMED select graphs; the protocol's replace the query's.
 */
class SparqlDatasetTest extends EmbeddedServiceTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private List<String> graphs;

    @BeforeEach
    void graphs() {
        graphs = new ArrayList<>();
        for (JsonNode b : rows("/sparql?query=" + Http.enc("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g")))
            graphs.add(b.get("g").get("value").asString());
        assertTrue(graphs.size() >= 2, "the ontology's graph and the seed's: " + graphs);
    }

    @Test
    void noDatasetIsTheUnionOfTheGraphs() {
        long sum = 0;
        for (String g : graphs) sum += countIn(g);
        // the graphs share some triples (labels of schemes, say), so the union is at most their sum and more than any one
        long union = count("/sparql?query=" + Http.enc(COUNT));
        assertTrue(union <= sum && graphs.stream().allMatch(g -> union > countIn(g)), union + " of " + sum);
    }

    @Test
    void defaultGraphUriSelectsThatGraphAlone() {
        for (String g : graphs)
            assertEquals(countIn(g), count("/sparql?query=" + Http.enc(COUNT) + "&default-graph-uri=" + Http.enc(g)), g);
        assertEquals(countIn(graphs.get(0)) + countIn(graphs.get(1)) - shared(graphs.get(0), graphs.get(1)),
                count("/sparql?query=" + Http.enc(COUNT) + "&default-graph-uri=" + Http.enc(graphs.get(0))
                        + "&default-graph-uri=" + Http.enc(graphs.get(1))), "two: their merge");
        assertEquals(0, count("/sparql?query=" + Http.enc(COUNT) + "&default-graph-uri=" + Http.enc("https://example.org/no-such-graph")));
    }

    @Test
    void fromInTheQuerySelectsTooAndTheProtocolReplacesIt() {
        String g = graphs.get(0);
        String from = "SELECT (COUNT(*) AS ?n) FROM <" + g + "> WHERE { ?s ?p ?o }";
        assertEquals(countIn(g), count("/sparql?query=" + Http.enc(from)));
        assertEquals(countIn(graphs.get(1)), count("/sparql?query=" + Http.enc(from) + "&default-graph-uri=" + Http.enc(graphs.get(1))),
                "the protocol's default-graph-uri replaces FROM, it is not added to it");
    }

    @Test
    void namedGraphUriAloneLeavesTheDefaultGraphEmpty() {
        String g = graphs.get(1);
        assertEquals(0, count("/sparql?query=" + Http.enc(COUNT) + "&named-graph-uri=" + Http.enc(g)));
        JsonNode named = rows("/sparql?query=" + Http.enc("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }") + "&named-graph-uri=" + Http.enc(g));
        assertEquals(1, named.size(), named.toString());
        assertEquals(g, named.get(0).get("g").get("value").asString());
    }

    @Test
    void relativeIrisResolveAgainstTheDataBaseNotTheServersFolder() {
        JsonNode b = rows("/sparql?query=" + Http.enc("SELECT ?x WHERE { BIND(<doc/lawyers-law> AS ?x) }"));
        assertEquals("https://w3id.org/lkg/id/doc/lawyers-law", b.get(0).get("x").get("value").asString());
    }

    private long countIn(String graph) {
        return count("/sparql?query=" + Http.enc("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"));
    }

    private long shared(String a, String b) {
        return count("/sparql?query=" + Http.enc("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + a + "> { ?s ?p ?o } GRAPH <" + b + "> { ?s ?p ?o } }"));
    }

    private long count(String path) {
        return rows(path).get(0).get("n").get("value").asLong();
    }

    private JsonNode rows(String path) {
        var r = http.get(path, "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), path + " → " + r.body());
        return Http.json(r).get("results").get("bindings");
    }
}
