package org.w3id.lkg.service.sparql;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.service.edition.EditionDatasets;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.RequestTiming;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The SPARQL 1.1 Protocol query operation at {@code /sparql}: GET with {@code query=}, POST as a form, POST with
 * {@code application/sparql-query}; {@code default-graph-uri} and {@code named-graph-uri} as the protocol says.
 * Older editions of a list by graph ({@code GRAPH <…/edition/1>}) or with {@code edition=KEY/N} ({@link EditionDatasets}).
 * Updates are refused, whichever way they come.
 */
@RestController
@Tag(name = "SPARQL", description = "SPARQL 1.1 Protocol, query only")
class SparqlController {
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";

    private final SparqlRunner runner;
    private final EditionDatasets editionDatasets;

    SparqlController(SparqlRunner runner, EditionDatasets editionDatasets) {
        this.runner = runner;
        this.editionDatasets = editionDatasets;
    }

    @Operation(summary = "Run a SPARQL query (GET)", description = "Results by Accept: SPARQL JSON (default), XML, CSV, TSV "
            + "for SELECT/ASK; Turtle (default), N-Triples, JSON-LD, RDF/XML for CONSTRUCT/DESCRIBE. ?format= overrides Accept.")
    @GetMapping("/sparql")
    ResponseEntity<byte[]> get(HttpServletRequest request, @RequestParam String query,
                               @Parameter(description = "a graph of the default graph (replaces the query's FROM)") @RequestParam(name = "default-graph-uri", required = false) List<String> defaultGraphs,
                               @Parameter(description = "a named graph (replaces the query's FROM NAMED)") @RequestParam(name = "named-graph-uri", required = false) List<String> namedGraphs,
                               @Parameter(description = "json, xml, csv, tsv, ttl, nt, jsonld, rdfxml") @RequestParam(required = false) String format,
                               @Parameter(description = "run over this edition of a list alone (LIST-KEY/N or the edition's IRI; repeatable) instead of the current lists")
                               @RequestParam(name = EditionDatasets.PARAMETER, required = false) List<String> editions,
                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return run(request, query, defaultGraphs, namedGraphs, format, editions, accept);
    }

    @Operation(summary = "Run a SPARQL query (POST form: query=…)")
    @PostMapping(path = "/sparql", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> form(HttpServletRequest request, @RequestParam(required = false) String query,
                                @RequestParam(required = false) String update,
                                @RequestParam(name = "default-graph-uri", required = false) List<String> defaultGraphs,
                                @RequestParam(name = "named-graph-uri", required = false) List<String> namedGraphs,
                                @RequestParam(required = false) String format,
                                @RequestParam(name = EditionDatasets.PARAMETER, required = false) List<String> editions,
                                @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (update != null) throw QueryPolicy.refuseUpdate();
        if (query == null) throw ApiException.badRequest("parameter 'query' is required");
        return run(request, query, defaultGraphs, namedGraphs, format, editions, accept);
    }

    @Operation(summary = "Run a SPARQL query (POST application/sparql-query)")
    @PostMapping(path = "/sparql", consumes = SPARQL_QUERY)
    ResponseEntity<byte[]> direct(HttpServletRequest request,
                                  @RequestParam(name = "default-graph-uri", required = false) List<String> defaultGraphs,
                                  @RequestParam(name = "named-graph-uri", required = false) List<String> namedGraphs,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(name = EditionDatasets.PARAMETER, required = false) List<String> editions,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        return run(request, body(request), defaultGraphs, namedGraphs, format, editions, accept);
    }

    @Operation(summary = "Refused: this endpoint is read-only")
    @PostMapping(path = "/sparql", consumes = SPARQL_UPDATE)
    ResponseEntity<byte[]> update(HttpServletRequest request) {
        RequestTiming.name(request, "update");
        throw QueryPolicy.refuseUpdate();
    }

    private ResponseEntity<byte[]> run(HttpServletRequest request, String text, List<String> defaultGraphs,
                                       List<String> namedGraphs, String format, List<String> editions, String accept) {
        Query query = runner.policy().parse(text);
        // The protocol's dataset replaces the query's FROM and FROM NAMED (SPARQL 1.1 Protocol, 2.1.4), it is not added.
        if (defaultGraphs != null || namedGraphs != null) {
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            if (defaultGraphs != null) defaultGraphs.forEach(query::addGraphURI);
            if (namedGraphs != null) namedGraphs.forEach(query::addNamedGraphURI);
        }
        ResultFormat.Use use = query.isSelectType() || query.isAskType() ? ResultFormat.Use.SPARQL_TABLE : ResultFormat.Use.GRAPH;
        ResultFormat chosen = use.choose(format, accept);
        String form = query.isSelectType() ? "select" : query.isAskType() ? "ask" : query.isConstructType() ? "construct" : "describe";
        RequestTiming.name(request, form);
        return runner.run(query, chosen, editionDatasets.source(query, editions).orElse(null)).toResponse();
    }

    // The protocol's direct POST: the body is the query, UTF-8 unless the Content-Type says otherwise. Read no further
    // than the limit allows (a character is at least one byte), so a huge body costs nothing.
    private String body(HttpServletRequest request) throws IOException {
        Charset cs = StandardCharsets.UTF_8;
        String enc = request.getCharacterEncoding();
        if (enc != null) {
            try {
                cs = Charset.forName(enc);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("unknown charset " + enc);
            }
        }
        int limit = runner.policy().maxLength();
        if (request.getContentLengthLong() > 4L * limit) throw runner.policy().tooLong(request.getContentLengthLong());
        byte[] bytes = request.getInputStream().readNBytes(4 * limit + 1);
        if (bytes.length > 4 * limit) throw runner.policy().tooLong(bytes.length);
        return new String(bytes, cs);
    }
}
