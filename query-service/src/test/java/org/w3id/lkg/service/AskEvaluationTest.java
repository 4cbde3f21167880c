package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The evaluation set ({@code question/eval/questions.tsv}, written by hand from the seed) asked over HTTP of the
 * service with the seed loaded: accuracy per intent and overall is printed, and the test fails below 90 % overall.
 * A question counts as right when the intent that fitted is the expected one and the answer holds the expected
 * items (as a set) or value; a question that must be refused counts when no query ran.
 */
class AskEvaluationTest extends EmbeddedServiceTest {
    static final Path SET = Path.of("..", "question", "eval", "questions.tsv");
    static final double REQUIRED = 0.90;

    record Case(int line, String intent, String question, String expected) {}

    @Test
    void answersAtLeastNinetyPercentOfTheEvaluationSet() throws IOException {
        List<Case> cases = read();
        Map<String, int[]> byIntent = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> r = http.get("/api/ask?q=" + Http.enc(c.question()));
            assertTrue(r.statusCode() < 500, c.question() + ": " + r.statusCode() + " " + r.body());
            String why = r.statusCode() == 200 ? judge(c, Http.json(r)) : c.intent().equals("refuse") ? null : "status " + r.statusCode();
            int[] n = byIntent.computeIfAbsent(c.intent(), k -> new int[2]);
            n[1]++;
            if (why == null) n[0]++;
            else wrong.add("line " + c.line() + " [" + c.intent() + "] " + c.question() + ": " + why);
        }
        int right = byIntent.values().stream().mapToInt(n -> n[0]).sum();
        StringBuilder report = new StringBuilder("question evaluation (" + SET + "):\n");
        byIntent.forEach((k, n) -> report.append(String.format("  %-20s %3d / %3d  %5.1f %%%n", k, n[0], n[1], 100.0 * n[0] / n[1])));
        report.append(String.format("  %-20s %3d / %3d  %5.1f %%%n", "overall", right, cases.size(), 100.0 * right / cases.size()));
        wrong.forEach(w -> report.append("  wrong: ").append(w).append('\n'));
        System.out.println(report);
        assertTrue(cases.size() >= 80, "the set has at least 80 questions");
        assertTrue(right >= REQUIRED * cases.size(), report.toString());
    }

    // null when right, else what was wrong
    private static String judge(Case c, JsonNode a) {
        String intent = a.path("intent").isNull() || a.path("intent").isMissingNode() ? "refuse" : a.path("intent").asText();
        if (c.expected().equals("refuse")) return a.path("query").isNull() ? null : "answered by " + a.path("query").asText() + ": " + a.path("answer").asText();
        if (!intent.equals(c.intent())) return "intent " + intent + " (" + a.path("answer").asText() + ")";
        if (c.expected().startsWith("items:")) {
            TreeSet<String> want = new TreeSet<>(Arrays.asList(c.expected().substring(6).split(",")));
            TreeSet<String> got = new TreeSet<>();
            a.path("rows").forEach(row -> got.add(row.path("section").asText() + "-" + row.path("number").asText()));
            return want.equals(got) ? null : "items " + got;
        }
        String want = c.expected().substring("value:".length());
        String got = a.path("value").asText();
        if (got.equals(want)) return null;
        try {
            if (new java.math.BigDecimal(got).compareTo(new java.math.BigDecimal(want)) == 0) return null;
        } catch (NumberFormatException e) {
            // a label, compared as text above
        }
        return "value " + got + " (" + a.path("answer").asText() + ")";
    }

    static List<Case> read() throws IOException {
        List<String> lines = Files.readAllLines(SET, StandardCharsets.UTF_8);
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] c = l.split("\t", -1);
            if (c.length != 3) throw new IllegalStateException(SET + ":" + (i + 1) + ": expected intent, question, expected");
            out.add(new Case(i + 1, c[0], c[1], c[2]));
        }
        return out;
    }
}
