package org.w3id.lkg.service.canned;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.w3id.lkg.service.system.LkgStore;

/**
 * Remembers the answers of canned queries for as long as the store's data stays the same ({@link LkgStore#dataVersion()}):
 * a canned query is a few hundred rows at most and the same question comes back again and again, while over a large
 * store one answer costs ARQ milliseconds of joins, DISTINCT and ORDER BY (bench/service/RESULTS.md). A load or a
 * retirement here gives the store a new version, so no answer outlives the data it was computed from; a store whose
 * data may change elsewhere (a remote endpoint) has no version and nothing is remembered. Only successful answers
 * are kept; errors, timeouts and 429s are not. At most {@link #MAX_BYTES} of bodies, least recently used first out.
 */
@Component
class CannedAnswers {
    /** The bodies kept, in all: small against the service's heap (-Xmx1g in the benchmarks). */
    static final long MAX_BYTES = 32L << 20;
    /** An answer larger than this is not kept (a canned query capped at lkg.max-results rows can be megabytes). */
    static final int MAX_ONE = 1 << 20;

    private record Key(Object version, String query, Map<String, String> params, String format) {}

    private final LkgStore store;
    private final LinkedHashMap<Key, ResponseEntity<byte[]>> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private Object kept;

    CannedAnswers(LkgStore store) {
        this.store = store;
    }

    /** The answer to canned query {@code name} with {@code params} in {@code format}: remembered, or computed now. */
    ResponseEntity<byte[]> answer(String name, Map<String, String> params, String format, Supplier<ResponseEntity<byte[]>> compute) {
        Object version = store.dataVersion();   // read before computing: an answer is never filed under a newer version
        if (version == null) return compute.get();
        Key key = new Key(version, name, Map.copyOf(params), format);
        synchronized (answers) {
            ResponseEntity<byte[]> hit = answers.get(key);
            if (hit != null) return hit;
        }
        ResponseEntity<byte[]> fresh = compute.get();
        byte[] body = fresh.getBody();
        if (!fresh.getStatusCode().is2xxSuccessful() || body == null || body.length > MAX_ONE) return fresh;
        synchronized (answers) {
            if (!version.equals(store.dataVersion())) return fresh;   // a load committed meanwhile: it may be stale
            if (!version.equals(kept)) {   // the answers of an older version are dead weight once it moved on
                answers.clear();
                bytes = 0;
                kept = version;
            }
            ResponseEntity<byte[]> old = answers.put(key, fresh);
            bytes += body.length - (old == null ? 0 : old.getBody().length);
            for (var it = answers.entrySet().iterator(); bytes > MAX_BYTES && it.hasNext(); ) {
                bytes -= it.next().getValue().getBody().length;
                it.remove();
            }
        }
        return fresh;
    }
}
