package org.w3id.lkg.sparql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Remembers the rows of {@link #select} for a while: the lookups that resolve references (document titles, the
 * articles of a document, unit and concept labels) are the same few queries again and again, and their answers
 * change only when a list is loaded. {@link #execute} is never cached. Thread-safe; at most {@code maxEntries}
 * answers are kept, the least recently used going first.
 */
final class CachingSource implements SparqlSource {
    private record Entry(List<Var> vars, List<Binding> rows, long expires) {}

    private final SparqlSource inner;
    private final long ttlNanos;
    private final Map<String, Entry> entries;

    CachingSource(SparqlSource inner, Duration ttl, int maxEntries) {
        this.inner = inner;
        this.ttlNanos = ttl.toNanos();
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) { return size() > maxEntries; }
        };
    }

    @Override
    public <T> T execute(Query query, Duration timeout, Function<QueryExec, T> action) {
        return inner.execute(query, timeout, action);
    }

    @Override
    public RowSetRewindable select(Query query) {
        String key = query.serialize();
        long now = System.nanoTime();
        Entry e;
        synchronized (entries) {
            e = entries.get(key);
        }
        if (e == null || e.expires - now <= 0) {
            RowSetRewindable fresh = inner.select(query);
            List<Binding> rows = new ArrayList<>();
            fresh.forEachRemaining(rows::add);
            e = new Entry(fresh.getResultVars(), List.copyOf(rows), now + ttlNanos);
            synchronized (entries) {
                entries.put(key, e);
            }
        }
        // bindings are immutable (select() detaches them from the store), so callers can share them
        return RowSetStream.create(e.vars, e.rows.iterator()).rewindable();
    }

    @Override
    public String describe() { return inner.describe() + " (lookups cached)"; }
}
