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

/** {@code /api/ask} and {@code /ask} over HTTP: the fields the issue names, refusals, hostile questions, the page. */
class AskHttpTest extends EmbeddedServiceTest {
    @Test
    void answersTheIssuesExampleWithEveryField() {
        HttpResponse<String> r = http.get("/api/ask?q=" + Http.enc("哪些事项依据律师法第四十九条？"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = Http.json(r);
        assertEquals("共 2 项事项依据中华人民共和国律师法第四十九条，其中 1 项通过律师事务所管理办法第五十一条间接依据", a.path("answer").asText());
        assertEquals("items-by-article", a.path("query").asText());
        assertEquals(LAWYERS_LAW_49, a.path("params").path("article").asText());
        assertTrue(a.path("sparql").asText().contains("<" + LAWYERS_LAW_49 + ">"), a.path("sparql").asText());
        List<String> names = new ArrayList<>();
        a.path("rows").forEach(row -> names.add(row.path("itemName").asText()));
        assertEquals(List.of("对律师违法执业的处罚", "对律师事务所违法执业的处罚"), names);
        JsonNode u = a.path("understood").get(0);
        assertEquals("article", u.path("kind").asText());
        assertEquals(LAWYERS_LAW_49, u.path("iri").asText());
        assertEquals(6, u.path("span").get(0).asInt());    // 哪些事项依据|律师法第四十九条|？
        assertEquals(14, u.path("span").get(1).asInt());
        assertEquals(0, a.path("suggestions").size());
    }

    @Test
    void theSparqlShownIsTheQueryThatRan() {
        JsonNode a = Http.json(http.get("/api/ask?q=" + Http.enc("矫正科负责哪些事项")));
        HttpResponse<String> again = http.get("/sparql?query=" + Http.enc(a.path("sparql").asText()), "Accept", "application/sparql-results+json");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(a.path("rows").size(), Http.json(again).path("results").path("bindings").size());
        assertEquals(36, a.path("rows").size());
    }

    @Test
    void aQuestionItCannotMapIsRefusedWithSuggestions() {
        HttpResponse<String> r = http.get("/api/ask?q=" + Http.enc("今天天气怎么样？"));
        assertEquals(200, r.statusCode());
        JsonNode a = Http.json(r);
        assertTrue(a.path("query").isNull());
        assertTrue(a.path("sparql").isNull());
        assertTrue(a.path("answer").asText().startsWith("无法回答"), a.path("answer").asText());
        assertFalse(a.path("suggestions").isEmpty());
    }

    @Test
    void anUnknownArticleIsRefusedWithTheNearestArticles() {
        JsonNode a = Http.json(http.get("/api/ask?q=" + Http.enc("哪些事项依据律师法第一百条")));
        assertTrue(a.path("query").isNull());
        assertEquals("无法回答：图中没有律师法第一百条", a.path("answer").asText());
        assertTrue(a.path("suggestions").get(0).asText().contains("律师法第"), a.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyQuestionIs400(String q) {
        HttpResponse<String> r = http.get("/api/ask?q=" + Http.enc(q));
        assertEquals(400, r.statusCode(), r.body());
    }

    // 10 000 characters percent-encoded exceed Tomcat's request-line limit: 400 before the service sees them.
    @Test
    void aTenThousandCharacterQuestionIs400() {
        assertEquals(400, http.get("/api/ask?q=" + Http.enc("律师法".repeat(3334))).statusCode());
        assertEquals(400, http.get("/api/ask?q=" + "a".repeat(10_000)).statusCode());
    }

    @Test
    void aQuestionOverTwoHundredCharactersIs400WithTheReason() {
        HttpResponse<String> r = http.get("/api/ask?q=" + Http.enc("哪些事项依据律师法".repeat(30)));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(Http.json(r).path("message").asText().contains("at most 200"), r.body());
    }

    @Test
    void aMissingQuestionIs400() {
        assertEquals(400, http.get("/api/ask").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * WHERE { ?s ?p ?o }", "\"} UNION { ?s ?p ?o } #", "DELETE WHERE { ?s ?p ?o }",
            "<script>alert(1)</script>", "'; DROP TABLE items; --", "%00%ff", "\u0000\u0001"})
    void injectionLookingQuestionsRunNoQuery(String q) {
        HttpResponse<String> r = http.get("/api/ask?q=" + Http.enc(q));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.json(r).path("query").isNull(), r.body());
    }

    @Test
    void thePageShowsTheAnswerTheRowsAndTheSparql() {
        HttpResponse<String> r = http.get("/ask?q=" + Http.enc("哪些处罚可以罚款超过一万元"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("<p class=\"answer\" id=\"answer\">共 3 项事项可以罚款超过 10000 元</p>"), html);
        assertTrue(html.contains("<table id=\"rows\">"), html);
        assertTrue(html.contains("<pre id=\"sparql\">"), html);
        assertTrue(html.contains("对律师违法执业的处罚"), html);
    }

    @Test
    void thePageEscapesWhatItIsGiven() {
        String html = http.get("/ask?q=" + Http.enc("<script>alert(1)</script>")).body();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("无法回答"), html);
    }

    @Test
    void thePageWithoutAQuestionIsTheForm() {
        HttpResponse<String> r = http.get("/ask");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<form action=\"/ask\""), r.body());
    }

    @Test
    void theLongQuestionOnThePageIs400NotAnError() {
        HttpResponse<String> r = http.get("/ask?q=" + Http.enc("问".repeat(300)));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("无法回答"), r.body());
    }
}
