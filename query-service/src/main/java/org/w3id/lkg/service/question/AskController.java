package org.w3id.lkg.service.question;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.question.Answer;
import org.w3id.lkg.question.QuestionException;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.QueryMetrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/ask?q=…}: a question in Chinese answered by one canned query: {@code answer}, {@code query},
 * {@code params}, {@code sparql}, {@code rows}, {@code understood}, {@code suggestions}. A question no intent fits is
 * answered 200 with {@code query} null and suggestions; an empty or over-long one 400.
 */
@RestController
@Tag(name = "Questions", description = "Questions in Chinese, answered by canned queries, with the SPARQL that ran")
class AskController {
    private final QuestionEngines engines;
    private final QueryMetrics metrics;

    AskController(QuestionEngines engines, QueryMetrics metrics) {
        this.engines = engines;
        this.metrics = metrics;
    }

    @Operation(summary = "Answer a question in Chinese; the answer shows the SPARQL that ran")
    @GetMapping(path = "/api/ask", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> ask(@Parameter(description = "e.g. 哪些事项依据律师法第四十九条？", example = "哪些事项依据律师法第四十九条？")
                            @RequestParam String q) {
        return answer(engines, metrics, q).toMap();
    }

    /** The answer to {@code q}, timed and counted as a query; shared with the page. */
    static Answer answer(QuestionEngines engines, QueryMetrics metrics, String q) {
        long start = System.nanoTime();
        String outcome = "ok";
        String name = "refused";
        try {
            Answer a = engines.current().ask(q);
            if (a.answered()) name = a.query();
            return a;
        } catch (QuestionException e) {
            outcome = "bad-request";
            throw ApiException.badRequest(e.getMessage());
        } catch (RuntimeException e) {
            outcome = QueryMetrics.outcome(e);
            throw e;
        } finally {
            metrics.record("ask", name, outcome, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
