package org.w3id.lkg.service.sparql;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.LkgProperties;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.service.system.ResultHeaders;
import org.w3id.lkg.sparql.SparqlSource;

/**
 * Runs a checked query on the store with the timeout and the result cap, and writes the whole answer before any of
 * it is sent: so a timeout or a failure midway becomes a clear error status, not a cut-off 200. Answers are at most
 * {@code lkg.max-results} rows, so holding one in memory is bounded.
 */
@Component
public class SparqlRunner {
    private final LkgStore store;
    private final QueryPolicy policy;
    private final Duration timeout;
    private final LongQueryGovernor governor;

    SparqlRunner(LkgStore store, LkgProperties properties, LongQueryGovernor governor) {
        this.store = store;
        this.governor = governor;
        this.policy = new QueryPolicy(properties.maxResults(), properties.maxQueryLength(), properties.maxQueryDepth());
        this.timeout = properties.queryTimeout();
    }

    /** The rules queries are checked against. */
    public QueryPolicy policy() { return policy; }

    /** A written answer: its bytes, type, size (rows, or triples) and whether the cap cut it. */
    public record Answer(byte[] body, MediaType contentType, long size, boolean truncated, int limit) {
        /** The HTTP response: the body with its type, the cap and whether it cut the answer. */
        public ResponseEntity<byte[]> toResponse() {
            return ResponseEntity.ok().contentType(contentType)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .header(ResultHeaders.LIMIT, Integer.toString(limit))
                    .header(ResultHeaders.TRUNCATED, Boolean.toString(truncated))
                    .body(body);
        }
    }

    /**
     * Runs {@code query} and writes it as {@code format}.
     *
     * @throws ApiException 503 when the store is not ready or the query ran out of time, 502 when a remote endpoint failed
     */
    public Answer run(Query query, ResultFormat format) {
        return run(query, format, null);
    }

    /** Runs {@code query} on {@code source} (older editions, say; null: the store's own source) and writes it as {@code format}. */
    public Answer run(Query query, ResultFormat format, SparqlSource source) {
        try {
            store.requireReady();
            Query toRun = policy.limit(query);
            boolean capped = toRun != query || (query.hasLimit() && query.getLimit() == policy.maxResults());
            LongQueryGovernor.Running[] watched = new LongQueryGovernor.Running[1];
            try {
                return (source == null ? store.source() : source).execute(toRun, timeout, qe -> {
                    try (LongQueryGovernor.Running r = governor.watch(qe)) {
                        watched[0] = r;
                        return write(qe, toRun, format, capped);
                    }
                });
            } catch (RuntimeException e) {
                if (watched[0] != null && watched[0].cancelledForLoad())
                    throw ApiException.busy("the query was cancelled after " + seconds(governor.longAfter()) + ": the service "
                            + "already runs as many long queries as it allows (lkg.max-long-queries); try again later", e);
                throw e;
            }
        } catch (RuntimeException e) {
            throw map(e);
        } catch (StackOverflowError e) {
            throw policy.tooDeep();
        }
    }

    private Answer write(QueryExec qe, Query query, ResultFormat format, boolean capped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        long size;
        boolean truncated = false;
        if (query.isSelectType() && (format == ResultFormat.PLAIN_JSON || format == ResultFormat.SPARQL_JSON)) {
            // Written as the rows come, under the timeout (a timeout midway still answers 503: nothing is sent before
            // the end): the rows are never held, so 16 answers of 54,000 rows at once no longer fill the heap.
            RowSet rows = qe.select();
            size = format == ResultFormat.PLAIN_JSON ? PlainJson.write(out, rows) : SparqlJson.write(out, rows);
            truncated = capped && size >= policy.maxResults();
        } else if (query.isSelectType()) {
            RowSetRewindable rows = qe.select().rewindable();    // runs the query to the end, under the timeout
            size = rows.size();
            truncated = capped && size >= policy.maxResults();
            ResultsWriter.create().lang(format.lang()).write(out, rows);
        } else if (query.isAskType()) {
            boolean answer = qe.ask();
            size = 1;
            if (format == ResultFormat.PLAIN_JSON) out.writeBytes(Boolean.toString(answer).getBytes());
            else ResultsWriter.create().lang(format.lang()).write(out, answer);
        } else {
            Graph g = query.isConstructType() ? qe.construct() : qe.describe();
            size = g.size();
            truncated = capped && query.isConstructType() && size >= policy.maxResults();
            RDFDataMgr.write(out, g, format.lang());
        }
        return new Answer(out.toByteArray(), format.contentType(), size, truncated, policy.maxResults());
    }

    private RuntimeException map(RuntimeException e) {
        if (e instanceof ApiException) return e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            // ARQ's own guard (SERVICE not allowed at run time) stands behind the policy's check
            if (t instanceof QueryExecException && String.valueOf(t.getMessage()).contains("SERVICE")) return QueryPolicy.refuseService();
            if (t instanceof QueryCancelledException || t instanceof HttpTimeoutException)
                return ApiException.timeout("the query was cancelled after " + seconds(timeout)
                        + " (lkg.query-timeout); narrow it down or add a LIMIT", e);
        }
        if (e instanceof QueryExceptionHTTP http)
            return new ApiException(HttpStatus.BAD_GATEWAY, "the SPARQL endpoint " + store.describe() + " failed: "
                    + http.getMessage(), java.util.Map.of(), e);
        return e;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
