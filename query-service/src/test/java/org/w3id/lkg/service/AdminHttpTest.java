package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The admin write path with a token configured: a PUT of the seed's hand-made second edition under concurrent
 * queries (none fails; the new edition answers once the PUT returns), a wrong or missing token (401, nothing
 * changes), a bad list (400 naming line and column), the same bytes again (unchanged), and a DELETE that retires it;
 * a canned answer given before a PUT or a DELETE is not given after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lkg.fuseki-port=-1", "lkg.admin-token=s3cret-admin-token"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class AdminHttpTest extends ServiceOnAPort {
    static final String KEY = "000_9601f697a03374a4";
    static final Path SECOND = PreloadedStore.SECOND_EDITION;
    static final String TOKEN = "s3cret-admin-token";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final PreloadedStore FIXTURE = PreloadedStore.of("lkg-admin-test", List.of(PreloadedStore.SEED), List.of());

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) { FIXTURE.register(registry); }

    @Test
    @Order(1)
    void aWrongOrMissingTokenIs401AndChangesNothing() throws Exception {
        HttpResponse<String> wrong = send("PUT", KEY, "Bearer not-the-token", Files.readAllBytes(SECOND));
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("the token given is not it"), wrong.body());
        assertEquals(401, send("PUT", KEY, null, Files.readAllBytes(SECOND)).statusCode());
        assertEquals(401, send("DELETE", KEY, "Bearer " + TOKEN + "x", null).statusCode());
        assertEquals(1, editions());
    }

    @Test
    @Order(2)
    void aBadListIs400WithLineAndColumnAndChangesNothing() throws Exception {
        byte[] bad = Files.readAllBytes(Path.of("..", "cli", "src", "test", "resources", "bad-input", "bad-item-number.tsv"));
        HttpResponse<String> r = send("PUT", KEY, "Bearer " + TOKEN, bad);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(KEY + ".txt:3:1"), r.body());
        assertEquals(1, editions());
    }

    @Test
    @Order(3)
    void aPutUnderConcurrentQueriesMakesTheNextEditionVisibleWhenItReturns() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger(), failed = new AtomicInteger(), lastFailure = new AtomicInteger();
        Thread queries = new Thread(() -> {
            while (!done.get()) {
                int status = http.get("/api/queries/items-by-unit?unit=" + Http.enc("公律科")).statusCode();
                (status == 200 ? answered : failed).incrementAndGet();
                if (status != 200) lastFailure.set(status);
            }
        });
        queries.start();
        HttpResponse<String> r;
        try {
            r = send("PUT", KEY, "Bearer " + TOKEN, Files.readAllBytes(SECOND));
        } finally {
            done.set(true);
            queries.join();
        }
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = Http.json(r);
        assertEquals("loaded", body.get("status").asText());
        assertEquals(2, body.get("edition").asInt());
        assertEquals(0, failed.get(), "no query failed during the load (" + answered.get() + " answered, last failure " + lastFailure.get() + ")");
        assertTrue(answered.get() > 0);
        assertTrue(http.get("/api/queries/items-by-unit?unit=" + Http.enc("公律科")).body().contains("给予社区矫正对象表扬"));
        assertEquals(2, editions());

        HttpResponse<String> again = send("PUT", KEY, "Bearer " + TOKEN, Files.readAllBytes(SECOND));
        assertEquals("unchanged", Http.json(again).get("status").asText());
        assertEquals(2, editions());
    }

    @Test
    @Order(4)
    void aDeleteRetiresTheList(CapturedOutput log) throws Exception {
        String byUnit = "/api/queries/items-by-unit?unit=" + Http.enc("公律科");
        assertTrue(http.get(byUnit).body().contains("给予社区矫正对象表扬"));   // answered, and so remembered
        HttpResponse<String> r = send("DELETE", KEY, "Bearer " + TOKEN, null);
        assertEquals(200, r.statusCode(), r.body());
        // the remembered answer went with the data it came from
        HttpResponse<String> after = http.get(byUnit);
        assertFalse(after.body().contains("给予社区矫正对象表扬"), after.statusCode() + " " + after.body());
        assertEquals("retired", Http.json(r).get("status").asText());
        assertEquals(2, Http.json(r).get("edition").asInt());
        JsonNode editions = Http.json(http.get("/api/lists/" + KEY + "/editions")).get("editions");
        assertTrue(!editions.get(1).get("retiredAt").isNull());
        // logged: who, when, which key, which edition, what it held
        assertTrue(java.util.regex.Pattern.compile("admin: DELETE " + KEY + " by 127\\.0\\.0\\.1 at 20\\d\\d-[0-9T:.-]+Z: retired edition 2 \\("
                + KEY + "\\.txt, sha256 [0-9a-f]{12}…, loaded [^,]+, retired [^)]+\\), 54 items and \\d+ citations").matcher(log.getOut()).find(), log.getOut());
        assertEquals(404, send("DELETE", KEY, "Bearer " + TOKEN, null).statusCode());
    }

    private int editions() {
        return Http.json(http.get("/api/lists/" + KEY + "/editions")).get("editions").size();
    }

    private HttpResponse<String> send(String method, String key, String authorization, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/lists/" + key))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "text/tab-separated-values");
        if (authorization != null) b.header("Authorization", authorization);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
