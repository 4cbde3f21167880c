package org.w3id.lkg.service.system;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Counts and times every query the service runs: timer {@code lkg.queries} (Prometheus
 * {@code lkg_queries_seconds_count}, {@code _sum}, {@code _bucket}) tagged with the endpoint ({@code sparql},
 * {@code canned}, {@code resolve}), the query (a canned query's name, or the query form for {@code /sparql}) and the
 * outcome ({@code ok}, {@code bad-request}, {@code refused}, {@code timeout}, {@code error}).
 */
@Component
public class QueryMetrics {
    private final MeterRegistry registry;

    QueryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one query. */
    public void record(String endpoint, String query, String outcome, Duration elapsed) {
        Timer.builder("lkg.queries")
                .description("Queries run by the lkg query service")
                .tag("endpoint", endpoint).tag("query", query).tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(elapsed);
    }

    /** The outcome tag for a failure. */
    public static String outcome(RuntimeException e) {
        if (e instanceof ApiException a) {
            if ("timeout".equals(a.details().get("reason"))) return "timeout";
            if (a.status().value() == 403) return "refused";
            return a.status().is4xxClientError() ? "bad-request" : "error";
        }
        if (e instanceof org.w3id.lkg.sparql.ParameterException || e instanceof java.util.NoSuchElementException) return "bad-request";
        return "error";
    }
}
