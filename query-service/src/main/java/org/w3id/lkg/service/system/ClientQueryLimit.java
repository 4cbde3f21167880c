package org.w3id.lkg.service.system;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code lkg.max-queries-per-client} queries from one client address run at once; one more is answered 429
 * with {@code Retry-After}, as public SPARQL services do, so that one client's runaway queries cannot take every
 * thread and core from the others. A client whose query was cancelled (its timeout, or too many long queries) is
 * refused for {@code lkg.long-query-penalty}, so that resending a runaway query in a loop gets it nowhere. Behind a
 * reverse proxy every client shares the proxy's address: set the limits for that, or let the proxy limit per client.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ClientQueryLimit extends OncePerRequestFilter {
    private final int limit;
    private final long penaltyNanos;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final Map<String, Long> refusedUntil = new ConcurrentHashMap<>();

    ClientQueryLimit(LkgProperties properties) {
        this.limit = properties.maxQueriesPerClient();
        this.penaltyNanos = properties.longQueryPenalty().toNanos();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !RequestTiming.Endpoint.covers(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        long wait = penaltyLeft(client);
        if (wait > 0) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
            response.setHeader("Retry-After", Long.toString(seconds));
            ErrorBody.of(request, HttpStatus.TOO_MANY_REQUESTS, "this client's last query ran until it was cancelled; it may "
                    + "query again in " + seconds + " s (lkg.long-query-penalty)", Map.of()).writeTo(response);
            return;
        }
        AtomicInteger n = running.computeIfAbsent(client, k -> new AtomicInteger());
        if (n.incrementAndGet() > limit) {
            release(client, n);
            response.setHeader("Retry-After", "1");
            ErrorBody.of(request, HttpStatus.TOO_MANY_REQUESTS, "this client already has " + limit + " queries running "
                    + "(lkg.max-queries-per-client); wait for one to finish and try again", Map.of()).writeTo(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            release(client, n);
            String reason = RequestTiming.reason(request);
            if (penaltyNanos > 0 && ("timeout".equals(reason) || "busy".equals(reason)))
                refusedUntil.put(client, System.nanoTime() + penaltyNanos);
        }
    }

    private long penaltyLeft(String client) {
        Long until = refusedUntil.get(client);
        if (until == null) return 0;
        long left = until - System.nanoTime();
        if (left <= 0) refusedUntil.remove(client, until);
        return left;
    }

    // The entry goes when its count drops to zero, so the map holds only clients with queries running.
    private void release(String client, AtomicInteger n) {
        if (n.decrementAndGet() == 0) running.remove(client, n);
    }
}
