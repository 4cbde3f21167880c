package org.w3id.lkg.service.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times and tags every query request, once, around the whole request: parameter binding, parsing, running and writing
 * the answer, and the error handling of a failure. The endpoint comes from the path ({@link Endpoint}); the query tag
 * is what the controller named with {@link #name}, or {@code unknown} when the request failed before it could (so
 * tag values stay a fixed set, never text a client sent); the outcome comes from the status ({@link QueryOutcome}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestTiming extends OncePerRequestFilter {
    private static final String NAME = RequestTiming.class.getName() + ".name";
    private static final String UNKNOWN = "unknown";

    /** The timed endpoints: the {@code endpoint} tag and the paths it covers. */
    enum Endpoint {
        SPARQL("sparql") {
            @Override boolean covers(String path) { return path.equals("/sparql"); }
        },
        CANNED("canned") {
            @Override boolean covers(String path) {
                return path.startsWith("/api/queries/") && !path.endsWith("/sparql") && path.length() > "/api/queries/".length();
            }
        },
        RESOLVE("resolve") {
            @Override boolean covers(String path) { return path.equals("/api/resolve"); }
        },
        ASK("ask") {
            @Override boolean covers(String path) { return path.equals("/api/ask") || path.equals("/ask"); }
        };

        final String tag;

        Endpoint(String tag) { this.tag = tag; }

        abstract boolean covers(String path);

        static Optional<Endpoint> of(String path) {
            return List.of(values()).stream().filter(e -> e.covers(path)).findFirst();
        }

        /** Whether {@code request} goes to a query endpoint. */
        static boolean covers(HttpServletRequest request) {
            return of(request.getRequestURI()).isPresent();
        }
    }

    private final QueryMetrics metrics;

    RequestTiming(QueryMetrics metrics) {
        this.metrics = metrics;
    }

    /** Names the query this request runs (a canned query's name, a SPARQL query form): the {@code query} tag. */
    public static void name(HttpServletRequest request, String query) {
        request.setAttribute(NAME, query);
    }

    /** Records why this request's query failed ({@code timeout}, {@code busy}). */
    static void reason(HttpServletRequest request, String reason) {
        request.setAttribute(QueryOutcome.REASON, reason);
    }

    /** Why this request's query failed, or null. */
    static String reason(HttpServletRequest request) {
        Object r = request.getAttribute(QueryOutcome.REASON);
        return r == null ? null : r.toString();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Endpoint.covers(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Endpoint endpoint = Endpoint.of(request.getRequestURI()).orElseThrow();
        long start = System.nanoTime();
        boolean escaped = true;
        try {
            chain.doFilter(request, response);
            escaped = false;
        } finally {
            QueryOutcome outcome = escaped ? QueryOutcome.ERROR
                    : QueryOutcome.of(response.getStatus(), reason(request));
            Object name = request.getAttribute(NAME);
            metrics.record(endpoint.tag, name == null ? UNKNOWN : name.toString(), outcome,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
