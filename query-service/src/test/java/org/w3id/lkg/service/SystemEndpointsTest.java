package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import tools.jackson.databind.JsonNode;

/** Resolution, health, metrics and the OpenAPI description, over HTTP. */
class SystemEndpointsTest extends EmbeddedServiceTest {

    @Test
    void referencesResolveToOneArticle() {
        for (String ref : new String[] {"律师法第四十九条", "律师法 49", "《中华人民共和国律师法》第49条"}) {
            HttpResponse<String> r = http.get("/api/resolve?ref=" + Http.enc(ref));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode b = Http.json(r);
            assertEquals(LAWYERS_LAW_49, b.get("iri").asString(), ref);
            assertEquals("article", b.get("kind").asString());
            assertEquals(49, b.get("reference").get("article").asInt());
        }
        // The seed cites 第四十九条 whole, so the graph has no 第一款 of it: the reference resolves to the article, and says so.
        JsonNode para = Http.json(http.get("/api/resolve?ref=" + Http.enc("律师法第49条第1款")));
        assertEquals(LAWYERS_LAW_49, para.get("iri").asString(), para.toString());
        assertEquals("article", para.get("kind").asString());
        assertFalse(para.get("exact").asBoolean(), para.toString());
        assertTrue(para.get("note").asString().contains("第1款"), para.toString());
        JsonNode statute = Http.json(http.get("/api/resolve?ref=" + Http.enc("律师法")));
        assertEquals("document", statute.get("kind").asString());
    }

    /**
     * The spellings the ingest side checks against its registry and the command line (ingest's
     * ReferenceSpellingsTest reads the same table), resolved over HTTP to the same article.
     */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../ingest/src/test/resources/citation/reference-spellings.tsv", delimiter = '\t', numLinesToSkip = 1)
    void everySpellingOfAReferenceResolvesAsInIngest(String spelling, String registryKey, int article) {
        HttpResponse<String> r = http.get("/api/resolve?ref=" + Http.enc(spelling));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("https://w3id.org/lkg/id/doc/" + registryKey + "/art/" + article, Http.json(r).get("iri").asString(), r.body());
    }

    @Test
    void unknownReferencesAre404WithCandidates() {
        HttpResponse<String> article = http.get("/api/resolve?ref=" + Http.enc("律师法第九百九十九条"));
        assertEquals(404, article.statusCode());
        // 第五十二条 is the highest article of 律师法 the seed cites (seed/citation-key.tsv), so the nearest to 999.
        assertEquals("中华人民共和国律师法第五十二条", Http.json(article).get("candidates").get(0).get("label").asString(), article.body());
        HttpResponse<String> statute = http.get("/api/resolve?ref=" + Http.enc("律帅法第四十九条"));
        assertEquals(404, statute.statusCode());
        assertEquals("中华人民共和国律师法", Http.json(statute).get("candidates").get(0).get("label").asString(), statute.body());
        assertEquals(400, http.get("/api/resolve?ref=" + Http.enc("第四十九条")).statusCode(), "no title");
        assertEquals(400, http.get("/api/resolve").statusCode());
    }

    @Test
    void healthIsUpOnceLoaded() {
        HttpResponse<String> r = http.get("/actuator/health");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode h = Http.json(r);
        assertEquals("UP", h.get("status").asString());
        JsonNode store = h.get("components").get("store");
        assertEquals("READY", store.get("details").get("state").asString());
        // "1 of 1 list loaded …" after the first start; "opened with 1 list graph(s)" when a paused test context restarts
        assertTrue(store.get("details").get("detail").asString().matches(".*(1 of 1 list loaded|opened with 1 list graph).*"), store.toString());
    }

    @Test
    void prometheusCountsAndTimesQueries() {
        http.get("/api/queries/items-by-article?article=" + Http.enc("律师法第四十九条"));
        http.get("/sparql?query=" + Http.enc("ASK {}"));
        String metrics = http.get("/actuator/prometheus").body();
        assertTrue(metrics.contains("lkg_queries_seconds_count{endpoint=\"canned\",outcome=\"ok\",query=\"items-by-article\"}"), metrics);
        assertTrue(metrics.contains("lkg_queries_seconds_count{endpoint=\"sparql\",outcome=\"ok\",query=\"ask\"}"), metrics);
        assertTrue(metrics.contains("lkg_queries_seconds_bucket{"), "latency histogram");
    }

    @Test
    void failuresAreTimedAndTaggedLikeAnswers() {
        // each fails at a different step: parsing, binding, finding the query, resolving, the SERVICE check (while
        // parsing, so before the query form is known); all are counted the same way
        assertEquals(400, http.get("/sparql?query=" + Http.enc("SELEC * {}")).statusCode());
        assertEquals(400, http.get("/api/queries/items-by-article?article=" + Http.enc("第四十九条")).statusCode());
        assertEquals(404, http.get("/api/queries/no-such-query").statusCode());
        assertEquals(404, http.get("/api/resolve?ref=" + Http.enc("律师法第九百九十九条")).statusCode());
        assertEquals(403, http.get("/sparql?query=" + Http.enc("SELECT * { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }")).statusCode());
        String metrics = http.get("/actuator/prometheus").body();
        for (String series : new String[] {
                "endpoint=\"sparql\",outcome=\"bad-request\",query=\"unknown\"",
                "endpoint=\"canned\",outcome=\"bad-request\",query=\"items-by-article\"",
                "endpoint=\"canned\",outcome=\"not-found\",query=\"unknown\"",
                "endpoint=\"resolve\",outcome=\"not-found\",query=\"resolve\"",
                "endpoint=\"sparql\",outcome=\"refused\",query=\"unknown\""})
            assertTrue(metrics.contains("lkg_queries_seconds_count{" + series + "}"), series + " in\n" + metrics);
        assertFalse(metrics.contains("query=\"no-such-query\""), "a name a client made up is never a tag value");
    }

    @Test
    void openApiDescribesEveryCannedQuery() {
        HttpResponse<String> r = http.get("/v3/api-docs");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("lkg query service", Http.json(r).get("info").get("title").asString());
        JsonNode paths = Http.json(r).get("paths");
        assertTrue(paths.has("/sparql") && paths.has("/api/resolve") && paths.has("/api/queries"), paths.toString());
        JsonNode byArticle = paths.get("/api/queries/items-by-article").get("get");
        assertEquals("article", byArticle.get("parameters").get(0).get("name").asString());
        assertEquals("律师法第四十九条", byArticle.get("parameters").get(0).get("example").asString());
        assertTrue(paths.has("/api/queries/items-by-sanction"));
        assertEquals(200, http.get("/swagger-ui/index.html").statusCode());
    }

    @Test
    void theRootIsTheHomePageForBrowsersAndTellsOtherClientsWhereEverythingIs() {
        // issue 11: a browser gets the home page itself (it used to be sent to Swagger), which links the API page
        HttpResponse<String> browser = http.get("/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, browser.statusCode(), browser.body());
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(browser.body().contains("<h1>权责清单知识图谱</h1>") && browser.body().contains("href=\"/swagger-ui.html\""), browser.body());

        HttpResponse<String> client = http.get("/");
        assertEquals(200, client.statusCode(), client.body());
        JsonNode links = Http.json(client).get("links");
        assertTrue(links.get("sparql").asString().matches("http://localhost:\\d+/sparql"), links.toString());
        assertTrue(links.get("queries").asString().endsWith("/api/queries"), links.toString());
        assertTrue(links.get("fuseki").asString().endsWith("/lkg/sparql"), "the embedded Fuseki: " + links);
        String resolve = links.get("resolve").asString();
        assertEquals(200, http.get(resolve.substring(resolve.indexOf("/api/"))).statusCode(), "the resolve link works as given: " + resolve);
        HttpResponse<String> ui = http.get("/swagger-ui.html");
        assertEquals(302, ui.statusCode(), "springdoc sends it on to its page");
        assertTrue(ui.headers().firstValue("Location").orElse("").endsWith("/swagger-ui/index.html"), ui.headers().toString());
    }
}
