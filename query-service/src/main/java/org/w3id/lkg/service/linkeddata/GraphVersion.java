package org.w3id.lkg.service.linkeddata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.springframework.stereotype.Component;
import org.w3id.lkg.service.system.LkgStore;

/**
 * What version of the graph the store holds: a fingerprint of its named graphs and their sizes, and when this service
 * first saw that fingerprint. ETags, Last-Modified and the dumps follow it, so they change when a load changes the
 * store (here or, in remote mode, anywhere). The count grows with the store (about a second at a million quads), so
 * no request waits for it once there is a version: a stale one (older than {@link #RECHECK}) is answered and counted
 * again in the background, so a change shows within RECHECK plus one count.
 */
@Component
public class GraphVersion {
    /** How long one fingerprint is trusted before the store is asked again. */
    static final Duration RECHECK = Duration.ofSeconds(2);
    private static final Query FINGERPRINT = QueryFactory.create(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");

    /** One version: the fingerprint (hex) and when it was first seen (to the second, as HTTP dates go). */
    public record Version(String tag, Instant modified) {}

    private final LkgStore store;
    private final java.util.concurrent.ExecutorService recount = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lkg-graph-version");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicBoolean counting = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile Version current;
    private volatile long checkedAt;
    /** {@link LkgStore#changes()} when the current version was counted. */
    private volatile long countedChanges = -1;

    GraphVersion(LkgStore store) {
        this.store = store;
    }

    /** The version now; a store that is not ready has a version of its own, never cached. */
    public Version current() {
        if (store.state() != LkgStore.State.READY) return new Version("not-ready", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Version v = current;
        // a change this service made is counted at once: its answer (a PUT's, say) is followed by reads that must see it
        if (v == null || countedChanges != store.changes()) {
            synchronized (this) {
                if (current == null || countedChanges != store.changes()) count();
                return current;
            }
        }
        if (System.nanoTime() - checkedAt >= RECHECK.toNanos() && counting.compareAndSet(false, true)) {
            recount.execute(() -> {
                try {
                    count();
                } catch (RuntimeException e) {
                    checkedAt = System.nanoTime();   // the store failed to answer: keep the last version, try later
                } finally {
                    counting.set(false);
                }
            });
        }
        return v;
    }

    private synchronized void count() {
        long changes = store.changes();
        String tag = fingerprint();
        countedChanges = changes;
        if (current == null || !current.tag().equals(tag)) current = new Version(tag, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        checkedAt = System.nanoTime();
    }

    @jakarta.annotation.PreDestroy
    void stop() { recount.shutdownNow(); }

    private String fingerprint() {
        RowSetRewindable rows = store.source().select(FINGERPRINT);
        StringBuilder b = new StringBuilder();
        rows.forEachRemaining(r -> b.append(r.get("g")).append('=').append(r.get("n").getLiteralLexicalForm()).append('\n'));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
