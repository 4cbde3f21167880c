package org.w3id.lkg.store.load;

import java.time.Duration;

import org.w3id.lkg.ingest.IngestReport;

/**
 * What one committed list load did: the list, its graph, what the reader reported and how many triples the store
 * now holds for it, and how long it took.
 */
public record LoadSummary(String listKey, String graphIri, IngestReport ingest, long triples, Duration elapsed) {

    public double triplesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : triples / seconds;
    }

    /** One line for the user, e.g. {@code 000_9601…: 54 items, 2,310 triples in 0.84 s (2,750 triples/s) → <…>}. */
    public String line() {
        String items = ingest == null ? "" : ingest.counts() + ", ";
        return "%s: %s%,d triples in %.2f s (%,.0f triples/s) → <%s>".formatted(
                listKey, items, triples, elapsed.toNanos() / 1e9, triplesPerSecond(), graphIri);
    }
}
