package org.w3id.lkg.service.canned;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;
import org.w3id.lkg.sparql.CannedQuery;
import org.w3id.lkg.sparql.QueryParameter;

/** What {@code GET /api/queries} says about one canned query: enough to call it and read its answer. */
record CannedQueryDescription(String name, String title, String description, String path, String example,
                              List<Parameter> parameters, List<String> resultVariables, String sparql) {

    /** One parameter as the listing shows it. */
    record Parameter(String name, String type, boolean required, String description, String example) {}

    static CannedQueryDescription of(CannedQuery q) {
        String path = "/api/queries/" + q.name();
        String query = q.parameters().stream().filter(p -> !p.example().isBlank())
                .filter(p -> p.required())
                .map(p -> p.name() + "=" + UriUtils.encodeQueryParam(p.example(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new CannedQueryDescription(q.name(), q.title(), q.description(), path,
                query.isEmpty() ? path : path + "?" + query,
                q.parameters().stream().map(CannedQueryDescription::parameter).toList(),
                q.resultVariables(), q.text());
    }

    private static Parameter parameter(QueryParameter p) {
        return new Parameter(p.name(), p.type().key(), p.required(), p.description(), p.example());
    }
}
