package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/lists/{key}/diff} and {@code /editions} over a store that holds two editions of the seed (the seed,
 * then store's hand-made second edition), loaded before the service opens it; the canned queries see edition 2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"lkg.fuseki-port=-1"})
class ListDiffHttpTest extends ServiceOnAPort {
    static final String KEY = "000_9601f697a03374a4";
    static final Path FIXTURES = Path.of("..", "store", "src", "test", "resources", "diff");
    private static final PreloadedStore FIXTURE = PreloadedStore.of("lkg-diff-test",
            List.of(PreloadedStore.SEED, PreloadedStore.SECOND_EDITION), List.of());

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) { FIXTURE.register(registry); }

    @Test
    void theDiffAsCsvIsLkgDiffs() throws IOException {
        HttpResponse<String> r = http.get("/api/lists/" + KEY + "/diff?from=1&to=2&format=csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/csv;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals(Files.readString(FIXTURES.resolve("seed-second-edition.expected.csv")), r.body());
    }

    @Test
    void theDiffAsJsonCountsAndNamesTheChanges() {
        JsonNode body = Http.json(http.get("/api/lists/" + KEY + "/diff?from=1&to=2"));
        String graph = "https://w3id.org/lkg/id/graph/" + KEY;
        assertEquals(graph + "/edition/1", body.get("from").asText());
        assertEquals("{\"added\":1,\"removed\":1,\"renamed\":1,\"changed\":3}", body.get("counts").toString());
        assertEquals("组织社区矫正工作年度统计", body.get("changes").get(0).get("to").get("name").asText());
    }

    @Test
    void theEditionsAreListedAndTheCannedQueriesSeeTheSecond() {
        JsonNode body = Http.json(http.get("/api/lists/" + KEY + "/editions"));
        assertEquals(2, body.get("editions").size());
        assertEquals("https://w3id.org/lkg/id/graph/" + KEY + "/edition/1", body.get("editions").get(1).get("revisionOf").asText());
        HttpResponse<String> unit = http.get("/api/queries/items-by-unit?unit=" + Http.enc("公律科"));
        assertTrue(unit.body().contains("给予社区矫正对象表扬"), unit.body());
    }

    @Test
    void withoutAnAdminTokenThereIsNoWritePath() throws Exception {
        for (String method : new String[] {"PUT", "DELETE"}) {
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/admin/lists/" + KEY)).header("Authorization", "Bearer x")
                    .method(method, java.net.http.HttpRequest.BodyPublishers.ofString("序号\t事项名称\n")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), method + ": " + r.body());
        }
        assertEquals(2, Http.json(http.get("/api/lists/" + KEY + "/editions")).get("editions").size());
    }

    @Test
    void aMissingEditionIs404AndABadParameter400() {
        HttpResponse<String> missing = http.get("/api/lists/" + KEY + "/diff?from=1&to=7");
        assertEquals(404, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("has no edition 7"), missing.body());
        assertEquals(400, http.get("/api/lists/" + KEY + "/diff?from=one&to=2").statusCode());
        assertEquals(400, http.get("/api/lists/" + KEY + "/diff?from=1&to=2&format=xml").statusCode());
        assertEquals(404, http.get("/api/lists/no-such-list/editions").statusCode());
    }
}
