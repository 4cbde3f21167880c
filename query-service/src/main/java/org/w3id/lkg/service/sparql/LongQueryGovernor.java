package org.w3id.lkg.service.sparql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.apache.jena.sparql.exec.QueryExec;
import org.springframework.stereotype.Component;
import org.w3id.lkg.service.system.LkgProperties;

/**
 * Keeps long queries from taking every core. A query still running after {@code lkg.long-query-after} is long; at most
 * {@code lkg.max-long-queries} long queries run at once (the longest-running keep their place) and any other that
 * turns long is cancelled, so that short queries always find a core. The timeout still ends every query. A tick
 * every 50 ms looks at the running queries: nothing is done per row of a query.
 */
@Component
public class LongQueryGovernor {
    private final long longAfterNanos;
    private final int maxLong;
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lkg-long-query-governor");
        t.setDaemon(true);
        return t;
    });

    LongQueryGovernor(LkgProperties properties) {
        this.longAfterNanos = properties.longQueryAfter().toNanos();
        this.maxLong = properties.maxLongQueries();
        ticker.scheduleWithFixedDelay(this::tick, 50, 50, TimeUnit.MILLISECONDS);
    }

    /** One query being run; closed when it ends. */
    public final class Running implements AutoCloseable {
        private final QueryExec exec;
        private final long started = System.nanoTime();
        private volatile boolean cancelled;

        private Running(QueryExec exec) { this.exec = exec; }

        /** Whether this governor cancelled it (rather than the timeout). */
        public boolean cancelledForLoad() { return cancelled; }

        @Override public void close() { running.remove(this); }
    }

    /** Starts watching {@code exec}. */
    public Running watch(QueryExec exec) {
        Running r = new Running(exec);
        running.add(r);
        return r;
    }

    /** How long a query may run before it counts as long. */
    public Duration longAfter() { return Duration.ofNanos(longAfterNanos); }

    private void tick() {
        long now = System.nanoTime();
        List<Running> longOnes = new ArrayList<>();
        for (Running r : running) if (!r.cancelled && now - r.started > longAfterNanos) longOnes.add(r);
        if (longOnes.size() <= maxLong) return;
        longOnes.sort(Comparator.comparingLong(r -> r.started));
        for (Running r : longOnes.subList(maxLong, longOnes.size())) {
            r.cancelled = true;
            r.exec.abort();
        }
    }

    @PreDestroy
    void stop() { ticker.shutdownNow(); }
}
