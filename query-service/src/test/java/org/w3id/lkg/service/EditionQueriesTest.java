package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Two editions of the seed in the store (the seed, then its hand-made second edition): canned queries and
 * {@code /sparql} see the current one by default; edition 1 is reachable by its graph's name (GRAPH, FROM NAMED,
 * named-graph-uri) beside the current lists, and with {@code edition=KEY/1} alone, exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lkg.fuseki-port=-1")
class EditionQueriesTest extends ServiceOnAPort {
    static final String KEY = PreloadedStore.SEED_KEY;
    static final String EDITION_1 = "https://w3id.org/lkg/id/graph/" + KEY + "/edition/1";
    static final String PREFIX = "PREFIX lkg: <https://w3id.org/lkg/ontology#> ";
    /** 4-30 组织解矫宣告 rested on 第五十四条 in edition 1 and on 第五十五条 in edition 2. */
    static final String ARTICLE = "社区矫正法实施办法第五十四条";
    private static final PreloadedStore FIXTURE = PreloadedStore.of("lkg-edition-queries-test",
            List.of(PreloadedStore.SEED, PreloadedStore.SECOND_EDITION), List.of());

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) { FIXTURE.register(registry); }

    @Test
    void cannedQueriesSeeTheCurrentEditionAndEditionOneWithTheParameter() {
        String byArticle = "/api/queries/items-by-article?article=" + Http.enc(ARTICLE);
        assertEquals(List.of("终止矫正"), names(byArticle));
        assertEquals(List.of("组织解矫宣告", "终止矫正"), names(byArticle + "&edition=" + KEY + "/1"));
        assertEquals(List.of("组织解矫宣告", "终止矫正"), names(byArticle + "&edition=" + Http.enc(EDITION_1)), "the edition's IRI too");
        assertEquals(List.of("终止矫正"), names(byArticle + "&edition=" + KEY + "/2"), "the current edition by number");
        // 3-6 给予社区矫正对象表扬 moved from 矫正科 to 公律科 in edition 2
        List<String> now = names("/api/queries/items-by-unit?unit=" + Http.enc("矫正科"));
        List<String> then = names("/api/queries/items-by-unit?unit=" + Http.enc("矫正科") + "&edition=" + KEY + "/1");
        assertEquals(35, now.size());
        assertEquals(36, then.size());
        assertTrue(then.contains("给予社区矫正对象表扬") && !now.contains("给予社区矫正对象表扬"));
        String shown = http.get("/api/queries/items-by-article/sparql?article=" + Http.enc(ARTICLE) + "&edition=" + KEY + "/1").body();
        assertTrue(shown.contains("/art/54>"), "the article bound through edition 1's lookups: " + shown);
    }

    @Test
    void sparqlSeesTheCurrentEditionByDefaultAndEditionOneByParameter() {
        String both = "SELECT ?n { ?i lkg:itemName ?n FILTER(STR(?n) IN (\"档案查阅审批\", \"公证员免职\", \"公证员免职审核\")) } ORDER BY ?n";
        assertEquals(List.of("公证员免职审核"), sparqlNames(both, ""));
        assertEquals(List.of("公证员免职", "档案查阅审批"), sparqlNames(both, "&edition=" + KEY + "/1"));
        assertEquals(List.of("54"), sparqlNames("SELECT (COUNT(DISTINCT ?i) AS ?n) { ?i a lkg:PowerItem }", "&edition=" + KEY + "/1"));
    }

    @Test
    void sparqlReachesEditionOneByItsGraphBesideTheCurrentLists() {
        // what edition 1 named that the current lists do not: the renamed item's old name and the dropped item
        assertEquals(List.of("公证员免职", "档案查阅审批"), sparqlNames("SELECT ?n { GRAPH <" + EDITION_1 + "> { ?i lkg:itemName ?n } "
                + "FILTER NOT EXISTS { ?i lkg:itemName ?n } } ORDER BY ?n", ""));
        assertEquals(List.of("54"), sparqlNames("SELECT (COUNT(DISTINCT ?i) AS ?n) { GRAPH <" + EDITION_1 + "> { ?i a lkg:PowerItem } }", ""));
        assertEquals(List.of("0"), sparqlNames("SELECT (COUNT(*) AS ?n) { ?i lkg:itemName \"档案查阅审批\"@zh }", ""), "not in the default graph");
        String which = "SELECT DISTINCT ?n { GRAPH ?g { ?i lkg:itemName \"档案查阅审批\"@zh } BIND(STR(?g) AS ?n) }";
        assertEquals(List.of(EDITION_1), sparqlNames(which, "&named-graph-uri=" + Http.enc(EDITION_1)));
        assertEquals(List.of(EDITION_1), sparqlNames(which.replace("SELECT DISTINCT ?n", "SELECT DISTINCT ?n FROM NAMED <" + EDITION_1 + ">"), ""));
        assertEquals(List.of(), sparqlNames(which, ""), "an edition not named is not among the graphs");
    }

    @Test
    void anEditionTheStoreDoesNotHaveIs404AndANonsenseOneIs400() {
        HttpResponse<String> missing = http.get("/api/queries/items-by-article?article=" + Http.enc(ARTICLE) + "&edition=" + KEY + "/3");
        assertEquals(404, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("no edition https://w3id.org/lkg/id/graph/" + KEY + "/edition/3 in this store (that list has 1, 2)"), missing.body());
        HttpResponse<String> bad = http.get("/sparql?query=" + Http.enc("ASK {}") + "&edition=" + Http.enc("第一版"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("edition: '第一版' is not an edition: expected LIST-KEY/NUMBER"), bad.body());
    }

    private List<String> names(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), r.body());
        List<String> out = new ArrayList<>();
        for (JsonNode row : Http.json(r)) out.add(row.get("itemName").asText());
        return out;
    }

    private List<String> sparqlNames(String query, String extra) {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(PREFIX + query) + extra, "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        List<String> out = new ArrayList<>();
        for (JsonNode b : Http.json(r).get("results").get("bindings")) out.add(b.get("n").get("value").asText());
        return out;
    }
}
