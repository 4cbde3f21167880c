package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

/** Canned queries over HTTP against the seed: answers, formats, typed parameters and their errors. */
class CannedQueriesHttpTest extends EmbeddedServiceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"律师法第四十九条", "律师法 49", "《中华人民共和国律师法》第49条", "中华人民共和国律师法第四十九条",
            "https://w3id.org/lkg/id/doc/lawyers-law/art/49"})
    void itemsByArticleDirectAndVia(String article) {
        HttpResponse<String> r = http.get("/api/queries/items-by-article?article=" + Http.enc(article));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode rows = Http.json(r);
        assertEquals(2, rows.size(), r.body());
        assertEquals("对律师违法执业的处罚", rows.get(0).get("itemName").asString());
        assertEquals(1, rows.get(0).get("section").asInt());
        assertEquals(2, rows.get(0).get("number").asInt());
        assertTrue(rows.get(0).get("direct").asBoolean());
        assertFalse(rows.get(0).has("via"), "a direct link has no via");
        assertEquals("对律师事务所违法执业的处罚", rows.get(1).get("itemName").asString());
        assertFalse(rows.get(1).get("direct").asBoolean());
        assertEquals("律师事务所管理办法第五十一条", rows.get(1).get("via").asString());
    }

    @Test
    void formatsByAcceptAndByParameter() {
        String path = "/api/queries/items-by-article?article=" + Http.enc("律师法第四十九条");
        HttpResponse<String> csv = http.get(path, "Accept", "text/csv");
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertTrue(csv.body().startsWith("section,number,itemName,direct,via\r\n1,2,对律师违法执业的处罚,true,"), csv.body());
        assertEquals(csv.body(), http.get(path + "&format=csv").body());

        HttpResponse<String> tsv = http.get(path + "&format=tsv");
        assertTrue(tsv.body().startsWith("?section\t?number\t?itemName\t?direct\t?via\n"), tsv.body());

        HttpResponse<String> srj = http.get(path, "Accept", "application/sparql-results+json");
        JsonNode sparqlJson = Http.json(srj);
        assertEquals(List.of("section", "number", "itemName", "direct", "via"), strings(sparqlJson.get("head").get("vars")));
        assertEquals(2, sparqlJson.get("results").get("bindings").size());
        assertEquals(srj.body(), http.get(path + "&format=sparql-json").body());

        assertTrue(http.get(path, "Accept", "application/sparql-results+xml").body().contains("<sparql"));
        assertEquals(406, http.get(path, "Accept", "image/png").statusCode());
        assertEquals(400, http.get(path + "&format=pdf").statusCode());
    }

    @Test
    void everyCannedQueryRunsOnTheSeed() {
        JsonNode list = Http.json(http.get("/api/queries"));
        List<String> names = new ArrayList<>();
        for (JsonNode q : list) {
            names.add(q.get("name").asString());
            HttpResponse<String> r = http.get(q.get("example").asString());
            assertEquals(200, r.statusCode(), q.get("example").asString() + ": " + r.body());
            assertTrue(Http.json(r).isArray());
            assertFalse(Http.json(r).isEmpty(), "the example of " + q.get("name").asString() + " finds rows in the seed");
        }
        assertTrue(names.containsAll(List.of("citations", "items-by-article", "documents", "items-by-statute", "statute-impact",
                "sanctions", "items-by-sanction", "items-by-unit", "items-by-party", "items-by-power-type",
                "most-cited-articles", "quality-findings")), names.toString());
        JsonNode byArticle = list.findValues("name").stream().anyMatch(n -> n.asString().equals("items-by-article"))
                ? first(list, "items-by-article") : null;
        assertEquals("article", byArticle.get("parameters").get(0).get("name").asString());
        assertEquals("article-ref", byArticle.get("parameters").get(0).get("type").asString());
        assertTrue(byArticle.get("parameters").get(0).get("required").asBoolean());
        assertEquals(List.of("section", "number", "itemName", "direct", "via"), strings(byArticle.get("resultVariables")));
    }

    @Test
    void citationsAndUnitsOnTheSeed() {
        JsonNode citations = Http.json(http.get("/api/queries/citations"));
        assertEquals(218, citations.size(), "the seed's 218 item → provision links (CannedQueriesOnSeedTest)");
        JsonNode unit = Http.json(http.get("/api/queries/items-by-unit?unit=" + Http.enc("公律科")));
        assertEquals(4, unit.size(), unit.toString());
        unit.forEach(row -> assertEquals("伊宁市司法局", row.get("body").asString()));
    }

    @Test
    void hostileValuesAreRefusedNotSpliced() {
        for (String[] call : new String[][] {
                {"items-by-article", "article", "律师法第四十九条\"} UNION { ?s ?p ?o }"},
                {"items-by-article", "article", "律师法第四十九条> } UNION { ?s ?p ?o } #"},
                {"items-by-unit", "unit", "公律科\" } UNION { ?item ?p ?o } #"},
                {"items-by-statute", "statute", "律师法'} UNION {?s ?p ?o"},
                {"items-by-sanction", "minYuan", "1) || true || (1"}}) {
            String extra = call[0].equals("items-by-sanction") ? "type=" + Http.enc("罚款") + "&" : "";
            HttpResponse<String> r = http.get("/api/queries/" + call[0] + "?" + extra + call[1] + "=" + Http.enc(call[2]));
            assertEquals(400, r.statusCode(), call[2] + " → " + r.body());
            JsonNode error = Http.json(r);
            assertEquals(call[1], error.get("parameter").asString());
            assertTrue(error.get("message").asString().contains(call[1]), r.body());
        }
    }

    @Test
    void parameterErrorsSayWhy() {
        HttpResponse<String> missing = http.get("/api/queries/items-by-article");
        assertEquals(400, missing.statusCode());
        assertTrue(Http.json(missing).get("message").asString().contains("'article' (article-ref) is required"), missing.body());

        HttpResponse<String> unknownArticle = http.get("/api/queries/items-by-article?article=" + Http.enc("律师法第九百条"));
        assertEquals(400, unknownArticle.statusCode());
        assertEquals("中华人民共和国律师法第五十二条", Http.json(unknownArticle).get("candidates").get(0).get("label").asString(),
                "the seed's highest cited article of 律师法 is the nearest to 900: " + unknownArticle.body());

        assertEquals(400, http.get("/api/queries/items-by-article?article=x&colour=red").statusCode());
        assertEquals(400, http.get("/api/queries/items-by-sanction?type=" + Http.enc("罚款") + "&minYuan=lots").statusCode());
    }

    @Test
    void aReferenceMorePreciseThanTheGraphIsAnsweredForTheArticleAndSaysSo() {
        // the seed cites 律师法第四十九条 whole: the graph holds no 第十一项 of it, so the answer is the article's items
        HttpResponse<String> point = http.get("/api/queries/items-by-article?article=" + Http.enc("律师法第四十九条第十一项"));
        assertEquals(200, point.statusCode(), point.body());
        assertEquals("article=<" + LAWYERS_LAW_49 + ">", point.headers().firstValue("X-LKG-Inexact").orElse(""), point.headers().toString());
        HttpResponse<String> article = http.get("/api/queries/items-by-article?article=" + Http.enc("律师法第四十九条"));
        assertEquals(article.body(), point.body(), "the same items as the article's");
        assertTrue(article.headers().firstValue("X-LKG-Inexact").isEmpty(), "an exact reference carries no note");
    }

    @Test
    void amountsAreWrittenAsPeopleWriteThem() {
        // TDB2 answers decimals in canonical form, 10000.0; plain JSON writes the amount, 10000
        String body = http.get("/api/queries/items-by-sanction?type=" + Http.enc("罚款") + "&minYuan=10000").body();
        assertTrue(body.contains("\"fineMaxYuan\": 10000}") || body.contains("\"fineMaxYuan\": 10000,"), body);
        assertTrue(body.contains("\"fineMaxYuan\": 100000"), body);
        assertFalse(body.contains(".0,") || body.contains(".0}"), body);
        HttpResponse<String> unknown = http.get("/api/queries/no-such-query");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("items-by-article"), "lists the known queries");
    }

    @Test
    void showsTheSparqlItRuns() {
        HttpResponse<String> r = http.get("/api/queries/items-by-article/sparql?article=" + Http.enc("律师法 49"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<" + LAWYERS_LAW_49 + ">"), r.body());
        assertFalse(r.body().contains("?article"), "the parameter is bound");
    }

    private static JsonNode first(JsonNode list, String name) {
        for (JsonNode q : list) if (q.get("name").asString().equals(name)) return q;
        throw new AssertionError(name);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
