package org.w3id.lkg.store.load;

import java.time.Duration;

import org.w3id.lkg.ingest.IngestReport;
import org.w3id.lkg.store.edition.Edition;

/**
 * What one committed list load did: the list, its graph, what the reader reported and how many triples the store
 * now holds for it, and how long it took; with editions, the edition it made, or the current one it found the same
 * bytes in ({@code unchanged}: nothing was written).
 */
public record LoadSummary(String listKey, String graphIri, IngestReport ingest, long triples, Duration elapsed,
                          Edition edition, boolean unchanged) {

    /** A load into a store that keeps no editions. */
    public LoadSummary(String listKey, String graphIri, IngestReport ingest, long triples, Duration elapsed) {
        this(listKey, graphIri, ingest, triples, elapsed, null, false);
    }

    public double triplesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : triples / seconds;
    }

    /** One line for the user, e.g. {@code 000_9601…: 54 items, 2,310 triples in 0.84 s (2,750 triples/s) → <…>}. */
    public String line() {
        if (unchanged) return "%s: the same bytes as its current %s: nothing changed".formatted(listKey, edition.line());
        String items = ingest == null ? "" : ingest.counts() + ", ";
        return "%s: %s%,d triples in %.2f s (%,.0f triples/s) → <%s>%s".formatted(
                listKey, items, triples, elapsed.toNanos() / 1e9, triplesPerSecond(), graphIri,
                edition == null ? "" : " as " + edition.line());
    }
}
