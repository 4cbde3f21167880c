package org.w3id.lkg.sparql;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/** Sends every query to a SPARQL 1.1 Protocol endpoint over HTTP. */
final class EndpointSource implements SparqlSource {
    private final String endpoint;

    EndpointSource(String endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public <T> T execute(Query query, Duration timeout, Function<QueryExec, T> action) {
        // Long queries go as an HTML form (POST application/x-www-form-urlencoded), which every SPARQL 1.1 server
        // takes: Virtuoso 7.2 never answers a POST of application/sparql-query, Jena's default for long queries.
        QueryExecBuilder b = QueryExecHTTPBuilder.service(endpoint).sendMode(QuerySendMode.asGetWithLimitForm).query(query);
        if (timeout != null && !timeout.isZero() && !timeout.isNegative())
            b = b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExec qe = b.build()) {
            return action.apply(qe);
        }
    }

    @Override
    public String describe() { return endpoint; }
}
