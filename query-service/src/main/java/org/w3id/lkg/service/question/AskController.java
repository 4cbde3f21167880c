package org.w3id.lkg.service.question;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.question.Answer;
import org.w3id.lkg.question.QuestionException;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.RequestTiming;

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
    AskController(QuestionEngines engines) {
        this.engines = engines;
    }

    @Operation(summary = "Answer a question in Chinese; the answer shows the SPARQL that ran")
    @GetMapping(path = "/api/ask", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> ask(HttpServletRequest request, @Parameter(description = "e.g. 哪些事项依据律师法第四十九条？", example = "哪些事项依据律师法第四十九条？")
                            @RequestParam String q) {
        return answer(engines, request, q).toMap();
    }

    /**
     * The answer to {@code q}, shared with the page; the request is timed and tagged as every query is
     * ({@link RequestTiming}): the query tag is the canned query chosen, or {@code refused}.
     */
    static Answer answer(QuestionEngines engines, HttpServletRequest request, String q) {
        try {
            Answer a = engines.current().ask(q);
            RequestTiming.name(request, a.answered() ? a.query() : "refused");
            return a;
        } catch (QuestionException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
