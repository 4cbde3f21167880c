package org.w3id.lkg.service.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings ({@code lkg.*}).
 *
 * @param store        TDB2 folder of the embedded mode; created when missing (default {@code data/tdb2})
 * @param seeds        folder of power lists looked at on every start: changed ones load as new editions (default {@code seeds})
 * @param statutes     folder of official statute texts the seeds' citations are audited against (default: none)
 * @param fusekiPort   port of the embedded Fuseki; 0 picks a free one, -1 starts none (default 3030)
 * @param host         address the service and the embedded Fuseki listen on (default 127.0.0.1)
 * @param endpoint     a SPARQL 1.1 query endpoint: when set, the service runs in remote mode and every query goes there
 * @param queryTimeout time after which a query is cancelled (default 30 s)
 * @param maxResults   most rows (or CONSTRUCT solutions) one answer carries; bigger results are cut (default 10000)
 * @param maxQueryLength most characters of a query text, however it is sent; longer is 413 (default 100000)
 * @param maxQueryDepth  deepest nesting of groups, brackets and UNION alternatives in one query; deeper is 400 (default 100)
 * @param maxQueriesPerClient most queries one client address may have running at once; more is 429 (default 4)
 * @param spillRows    rows a query may sort, de-duplicate or group in memory before ARQ spills them to disk (default 50000)
 * @param longQueryAfter a query still running after this is long (default 1 s)
 * @param maxLongQueries most long queries running at once; another that turns long is cancelled, 503 (default 1)
 * @param longQueryPenalty how long a client whose query was cancelled (timeout, or too many long ones) is refused, 429 (default 30 s; 0 = never)
 */
@ConfigurationProperties("lkg")
public record LkgProperties(
        @DefaultValue("data/tdb2") Path store,
        @DefaultValue("seeds") Path seeds,
        Path statutes,
        @DefaultValue("3030") int fusekiPort,
        @DefaultValue("127.0.0.1") String host,
        String endpoint,
        @DefaultValue("30s") Duration queryTimeout,
        @DefaultValue("10000") int maxResults,
        @DefaultValue("100000") int maxQueryLength,
        @DefaultValue("100") int maxQueryDepth,
        @DefaultValue("4") int maxQueriesPerClient,
        @DefaultValue("50000") long spillRows,
        @DefaultValue("1s") Duration longQueryAfter,
        @DefaultValue("1") int maxLongQueries,
        @DefaultValue("30s") Duration longQueryPenalty) {

    public LkgProperties {
        if (maxResults < 1) throw new IllegalArgumentException("lkg.max-results must be at least 1, got " + maxResults);
        if (maxQueryLength < 1 || maxQueryDepth < 1 || maxQueriesPerClient < 1 || spillRows < 1)
            throw new IllegalArgumentException("lkg.max-query-length, lkg.max-query-depth, lkg.max-queries-per-client and "
                    + "lkg.spill-rows must be at least 1");
        if (maxLongQueries < 1 || longQueryAfter.isNegative() || longQueryAfter.isZero() || longQueryPenalty.isNegative())
            throw new IllegalArgumentException("lkg.max-long-queries must be at least 1, lkg.long-query-after positive, "
                    + "lkg.long-query-penalty not negative");
        if (queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("lkg.query-timeout must be positive, got " + queryTimeout);
    }

    /** Whether queries go to a remote endpoint rather than the embedded store. */
    public boolean remote() { return endpoint != null && !endpoint.isBlank(); }
}
