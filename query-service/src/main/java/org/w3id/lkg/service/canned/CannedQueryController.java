package org.w3id.lkg.service.canned;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.service.edition.EditionDatasets;
import org.w3id.lkg.service.sparql.ResultFormat;
import org.w3id.lkg.service.sparql.SparqlRunner;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.service.system.ResultHeaders;
import org.w3id.lkg.service.system.RequestTiming;
import org.w3id.lkg.sparql.BoundQuery;
import org.w3id.lkg.sparql.CannedQuery;
import org.w3id.lkg.sparql.QueryCatalog;
import org.w3id.lkg.sparql.SparqlSource;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/queries} lists the canned queries; {@code GET /api/queries/{name}?param=…} runs one, answering
 * plain JSON rows by default, SPARQL JSON, SPARQL XML, CSV or TSV by Accept or {@code ?format=}; and
 * {@code GET /api/queries/{name}/sparql?param=…} shows the SPARQL that would run, parameters bound. With
 * {@code edition=KEY/N} (repeatable) a query runs over that edition of a list alone, not the current lists.
 */
@RestController
@Tag(name = "Canned queries", description = "The queries in sparql/*.rq, with typed parameters")
class CannedQueryController {
    /** Request parameters that steer the answer rather than bind the query. */
    private static final List<String> RESERVED = List.of("format", EditionDatasets.PARAMETER);

    private final QueryCatalog catalog;
    private final SparqlRunner runner;
    private final LkgStore store;
    private final EditionDatasets editions;
    private final CannedAnswers answers;

    CannedQueryController(QueryCatalog catalog, SparqlRunner runner, LkgStore store, EditionDatasets editions,
                          CannedAnswers answers) {
        this.catalog = catalog;
        this.runner = runner;
        this.store = store;
        this.editions = editions;
        this.answers = answers;
    }

    @Operation(summary = "List the canned queries with their parameters, result variables and an example call")
    @GetMapping(path = "/api/queries", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CannedQueryDescription> list() {
        return catalog.all().stream().map(CannedQueryDescription::of).toList();
    }

    // Documented per query by CannedQueryOpenApi, which knows each query's parameters.
    @Hidden
    @GetMapping("/api/queries/{name}")
    ResponseEntity<byte[]> run(HttpServletRequest request, @PathVariable String name, @RequestParam Map<String, String> params,
                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        CannedQuery q = catalog.get(name);
        RequestTiming.name(request, q.name());
        ResultFormat format = ResultFormat.Use.CANNED_TABLE.choose(params.get("format"), accept);
        store.requireReady();
        // edition=KEY/N: the query, and the lookups that bind its parameters, run over that edition alone. Such
        // answers are not remembered: the parameter repeats, and an old edition is asked for rarely.
        List<String> editionValues = editionParameters(request);
        if (!editionValues.isEmpty()) return run(q, params, format, editions.source(null, editionValues).orElse(null));
        return answers.answer(q.name(), params, format.name(), () -> run(q, params, format, null));
    }

    private ResponseEntity<byte[]> run(CannedQuery q, Map<String, String> params, ResultFormat format, SparqlSource source) {
        BoundQuery bound = bind(q, params, source);
        ResponseEntity<byte[]> answer = runner.run(bound.query(), format, source).toResponse();
        if (bound.inexact().isEmpty()) return answer;
        // never widened silently: the answer says which parameter it was widened for, and to what (IRIs are ASCII)
        String inexact = String.join(", ", bound.inexact().entrySet().stream()
                .map(e -> e.getKey() + "=<" + java.net.URI.create(e.getValue().iri()).toASCIIString() + ">").toList());
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(ResultHeaders.INEXACT, inexact).body(answer.getBody());
    }

    @Operation(summary = "Show the SPARQL a canned query runs with the given parameters bound")
    @GetMapping(path = "/api/queries/{name}/sparql", produces = "application/sparql-query")
    ResponseEntity<String> sparql(HttpServletRequest request, @PathVariable String name, @RequestParam Map<String, String> params) {
        CannedQuery q = catalog.get(name);
        store.requireReady();
        return ResponseEntity.ok().contentType(new MediaType("application", "sparql-query", StandardCharsets.UTF_8))
                .body(bind(q, params, editions.source(null, editionParameters(request)).orElse(null)).sparql());
    }

    private BoundQuery bind(CannedQuery q, Map<String, String> params, SparqlSource source) {
        Map<String, String> values = new LinkedHashMap<>(params);
        RESERVED.forEach(values::remove);
        return q.bind(values, source == null ? store.lookups() : source);
    }

    private static List<String> editionParameters(HttpServletRequest request) {
        String[] values = request.getParameterValues(EditionDatasets.PARAMETER);
        return values == null ? List.of() : List.of(values);
    }
}
