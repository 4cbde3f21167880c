package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

/**
 * Requests as an attacker or a careless user sends them: each gets a 4xx a person can act on, in the endpoint's
 * format, quickly, and never a 5xx, a hang or a Java class name.
 */
class HostileRequestsTest extends EmbeddedServiceTest {
    /** Values tried on every parameter of every canned query. */
    private static final List<String> CORPUS = List.of(
            "\"", "'", "\"\"\"", "{", "}", "} UNION {", "\" } ; DROP ALL ; #", ">", "<http://x/>", "\n", "a\u0000b",
            "x".repeat(10_000), "1e999999999", "-1e999999999", "1e-999999999", "NaN", "Infinity", "９９９", "１２３４５",
            "99999999999999999999999999999", "0x10", "urn:x", "https://w3id.org/lkg/id/nothing", "律师法第九百九十九条",
            "律师法第四十九条第十一项", "第四十九条", " ", "％", "\\u0022", "?s ?p ?o", "#");

    @Test
    void hugeExponentsAreRefusedBeforeAnyLiteralIsBuilt() {
        HttpResponse<String> r = http.get("/api/queries/items-by-sanction?type=" + Http.enc("罚款") + "&minYuan=1e999999999");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("minYuan", Http.json(r).get("parameter").asString());
        assertTrue(Http.json(r).get("message").asString().contains("out of range"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%FF%FE", "%C3%28", "%zz", "%"})
    void invalidPercentEncodingIsABadRequestOnEveryEndpoint(String raw) throws Exception {
        // sent as raw bytes: java.net.URI, like most clients, would refuse to send %zz at all
        String canned = rawGet("/api/queries/items-by-article?article=" + raw);
        assertTrue(canned.startsWith("HTTP/1.1 400"), canned);
        assertTrue(canned.contains("Content-Type: application/json"), canned);
        assertTrue(canned.contains("\"message\":\"a parameter is not valid percent-encoding"), canned);
        String sparql = rawGet("/sparql?query=" + raw);
        assertTrue(sparql.startsWith("HTTP/1.1 400"), sparql);
        assertTrue(sparql.contains("Content-Type: text/plain"), sparql);
        assertTrue(rawGet("/api/resolve?ref=" + raw).startsWith("HTTP/1.1 400"));
    }

    @Test
    void longQueriesCannotTakeEveryCoreFromShortOnes() throws Exception {
        // six clients, each from its own loopback address so the per-client cap does not apply: one runaway each
        String runaway = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
        for (int i = 2; i <= 7; i++) {
            String from = "127.0.0." + i;
            answers.add(pool.submit(() -> rawPost(from, "/sparql", "application/sparql-query", runaway)));
        }
        Thread.sleep(1000);   // past lkg.long-query-after (500 ms here): the governor has cancelled all long queries but one
        long t0 = System.nanoTime();
        assertEquals(200, http.get("/api/queries/items-by-article?article=" + Http.enc("律师法第四十九条")).statusCode());
        long shortMillis = (System.nanoTime() - t0) / 1_000_000;
        int busy = 0, timedOut = 0;
        for (var a : answers) {
            String r = a.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(r.startsWith("HTTP/1.1 503"), r);
            if (r.contains("lkg.max-long-queries")) busy++;
            if (r.contains("lkg.query-timeout")) timedOut++;
        }
        pool.shutdown();
        assertEquals(5, busy, "all long queries but the longest-running one are cancelled");
        assertEquals(1, timedOut, "the one left runs until the timeout");
        assertTrue(shortMillis < 3000, "a short query is not stuck behind them: " + shortMillis + " ms");
    }

    private String rawPost(String from, String path, String type, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getByName("127.0.0.1"), port,
                java.net.InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: " + type
                    + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(bytes);
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private String rawGet(String target) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void anIriNotInTheGraphIsRefusedNotRun() {
        // as a reference that names nothing is: 400, naming the parameter (CannedQueriesHttpTest)
        HttpResponse<String> r = http.get("/api/queries/statute-impact?ref=" + Http.enc("urn:x"));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(Http.json(r).get("message").asString().contains("the graph has no resource <urn:x>"), r.body());
        assertEquals("ref", Http.json(r).get("parameter").asString());
    }

    @Test
    void deepNestingIsRefusedNamingTheLimit() {
        String nested = "SELECT * WHERE " + "{".repeat(1000) + "?s ?p ?o" + "}".repeat(1000);
        String optionals = "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o ".repeat(1000) + "}".repeat(1000) + "}";
        String unions = "SELECT * WHERE { " + String.join(" UNION ", java.util.Collections.nCopies(2_000, "{ ?s ?p ?o }")) + " }";
        for (String q : List.of(nested, optionals, unions)) {
            HttpResponse<String> r = http.post("/sparql", "application/sparql-query", q);
            assertEquals(400, r.statusCode(), r.body().substring(0, Math.min(300, r.body().length())));
            assertTrue(r.body().startsWith("400 Bad Request: the query nests deeper than this endpoint allows (lkg.max-query-depth = 100"), r.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT ?s WHERE { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } })",
            "SELECT (COUNT(?s) AS ?n) (SAMPLE(EXISTS { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }) AS ?e) WHERE { ?s ?p ?o }",
            "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (NOT EXISTS { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } })",
            "SELECT ?s (EXISTS { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } } AS ?e) WHERE { ?s ?p ?o }",
            "SELECT * WHERE { ?s ?p ?o BIND(EXISTS { SERVICE <http://127.0.0.1:1/x> {} } AS ?e) }"})
    void serviceIsRefusedWhereverItHides(String query) {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(query));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE is refused"), r.body());
    }

    @Test
    void anOversizedQueryIs413WhicheverWayItComes() {
        String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(200_000);
        assertEquals(413, http.post("/sparql", "application/sparql-query", big).statusCode());
        assertEquals(413, http.post("/sparql", "application/x-www-form-urlencoded", "query=" + Http.enc(big)).statusCode());
    }

    @Test
    void everyParameterOfEveryCannedQueryTakesTheCorpusWithoutA5xx() {
        List<String> failures = new ArrayList<>();
        for (JsonNode q : Http.json(http.get("/api/queries"))) {
            String name = q.get("name").asString();
            for (JsonNode p : q.get("parameters")) {
                for (String value : CORPUS) {
                    String path = "/api/queries/" + name + "?" + p.get("name").asString() + "=" + Http.enc(value);
                    HttpResponse<String> r = http.get(path);
                    int s = r.statusCode();
                    if (s != 200 && s != 400 && s != 404) failures.add(s + " " + path + " → " + r.body());
                    else if (s != 200 && (r.body().contains("java.") || r.body().contains("Exception")))
                        failures.add("names a Java class: " + path + " → " + r.body());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void oneClientCannotRunMoreThanItsShareAtOnce() throws Exception {
        // each runs until the 3 s test timeout: a cross product of the whole graph with itself, sorted
        String runaway = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i";
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++)
            calls.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(runaway)).build(), HttpResponse.BodyHandlers.ofString()));
        List<Integer> statuses = new ArrayList<>();
        for (var c : calls) {
            HttpResponse<String> r = c.get(60, java.util.concurrent.TimeUnit.SECONDS);
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) assertEquals("1", r.headers().firstValue("Retry-After").orElse(""), r.headers().toString());
        }
        assertEquals(4, statuses.stream().filter(s -> s == 429).count(), "lkg.max-queries-per-client is 4: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 429 || s == 503 || s == 200), statuses.toString());
        assertEquals(200, http.get("/sparql?query=" + Http.enc("ASK {}")).statusCode(), "the client may query again afterwards");
    }
}
