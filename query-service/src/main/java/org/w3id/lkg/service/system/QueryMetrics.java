package org.w3id.lkg.service.system;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The timer {@code lkg.queries} (Prometheus {@code lkg_queries_seconds_count}, {@code _sum}, {@code _bucket}), tagged
 * with the endpoint, the query and the {@link QueryOutcome}; {@link RequestTiming} records every query request in it.
 */
@Component
class QueryMetrics {
    private final MeterRegistry registry;

    QueryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one query. */
    void record(String endpoint, String query, QueryOutcome outcome, Duration elapsed) {
        Timer.builder("lkg.queries")
                .description("Queries run by the lkg query service")
                .tag("endpoint", endpoint).tag("query", query).tag("outcome", outcome.tag())
                .publishPercentileHistogram()
                .register(registry)
                .record(elapsed);
    }
}
