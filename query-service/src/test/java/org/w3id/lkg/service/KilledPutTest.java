package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.bench.CityListGenerator;
import org.w3id.lkg.store.fixture.ChildJvm;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.tdb.TdbStore;

import tools.jackson.databind.JsonNode;

/**
 * kill -9 of the service, a real separate JVM, while a PUT of a large list streams into its staging graph; restarted
 * on the same store, the list's previous edition is intact: its graph (size and SHA-256 of its sorted N-Quads), its
 * items, its edition number and the catalogue of editions.
 */
class KilledPutTest {
    static final String TOKEN = "killed-put-token";
    static final String KEY = PreloadedStore.SEED_KEY;
    /**
     * Cities derived from the seed, concatenated under the seed's key: about 250 000 triples. 10 were read into memory
     * before the first progress line (0.5 s) on a quiet machine, the same as in cli's KilledCliLoadTest.
     */
    static final int CITIES = 30;

    @TempDir Path dir;

    @Test
    void aServiceKilledDuringAPutKeepsThePreviousEditionIntact() throws Exception {
        PreloadedStore fixture = PreloadedStore.of("lkg-killed-put-test", List.of(PreloadedStore.SEED), List.of());
        IriScheme iris = IriScheme.standard();
        GraphFingerprint list = fingerprint(fixture.store(), iris.listGraph(KEY));
        GraphFingerprint catalogue = fingerprint(fixture.store(), iris.editionsGraph());
        Path large = largeList();
        int port = freePort();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        Pattern streaming = Pattern.compile("loading " + KEY + ": [\\d,]+ records, [\\d,]+ triples");
        String output;
        CompletableFuture<HttpResponse<String>> put;
        try (ChildJvm service = start(fixture, port)) {
            put = client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/lists/" + KEY))
                    .PUT(HttpRequest.BodyPublishers.ofFile(large)).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            service.awaitOutput(out -> streaming.matcher(out).find(), Duration.ofMinutes(3));
            service.kill9();
            output = service.output();
        }
        assertTrue(!output.contains("admin: PUT " + KEY), "the kill came after the PUT was done:\n" + output);
        try {
            HttpResponse<String> r = put.get(30, TimeUnit.SECONDS);
            throw new AssertionError("the PUT was answered " + r.statusCode() + " before the kill: " + r.body());
        } catch (ExecutionException e) {
            assertTrue(e.getCause() instanceof IOException, "the connection died with the service: " + e.getCause());
        }

        // restarted on the same store: edition 1, its 54 items, answering
        try (ChildJvm service = start(fixture, port)) {
            Http http = new Http("http://localhost:" + port);
            JsonNode editions = Http.json(http.get("/api/lists/" + KEY + "/editions")).get("editions");
            assertEquals(1, editions.size(), editions.toString());
            assertEquals(1, editions.get(0).get("number").asInt());
            assertEquals(54, Http.json(http.get("/sparql?query=" + Http.enc("SELECT (COUNT(DISTINCT ?i) AS ?n) { ?i a <https://w3id.org/lkg/ontology#PowerItem> }"),
                    "Accept", "application/sparql-results+json")).get("results").get("bindings").get(0).get("n").get("value").asInt());
            service.kill9();
        }
        assertEquals(list, fingerprint(fixture.store(), iris.listGraph(KEY)), "the list's graph as it was");
        assertEquals(catalogue, fingerprint(fixture.store(), iris.editionsGraph()), "the catalogue as it was");
    }

    private ChildJvm start(PreloadedStore fixture, int port) throws Exception {
        ChildJvm service = ChildJvm.start(dir, org.w3id.lkg.service.LkgServiceApplication.class,
                "--store", fixture.store().toString(), "--seeds", fixture.seeds().toString(), "--port", Integer.toString(port),
                "--fuseki-port", "-1", "--lkg.admin-token=" + TOKEN, "--lkg.dumps=" + dir.resolve("dumps"));
        service.awaitOutput(out -> out.contains("store: READY"), Duration.ofMinutes(2));
        return service;
    }

    private Path largeList() throws IOException {
        CityListGenerator cities = new CityListGenerator(PreloadedStore.SEED);
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= CITIES; n++) lines.addAll(cities.listFor(n));
        return Files.write(dir.resolve(KEY + ".txt"), lines, StandardCharsets.UTF_8);
    }

    // A port of the range this project's tests start servers on by hand (18400-18499), the first one free.
    private static int freePort() throws IOException {
        for (int p = 18400; p < 18500; p++) {
            try (ServerSocket s = new ServerSocket(p)) {
                return s.getLocalPort();
            } catch (IOException busy) {
                // the next one
            }
        }
        throw new IOException("no free port in 18400-18499");
    }

    private static GraphFingerprint fingerprint(Path folder, String graph) {
        try (TdbStore store = TdbStore.openExisting(folder)) {
            return GraphFingerprint.of(store.dataset(), graph);
        }
    }
}
