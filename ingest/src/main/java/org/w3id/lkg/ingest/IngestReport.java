package org.w3id.lkg.ingest;

/** What one ingest produced: counts a loader prints in its one-line summary. */
public record IngestReport(String listKey, int items, int citations, int findings, long triples) {
    public String summary() {
        return "%s: %d items, %d citations, %d findings, %d triples".formatted(listKey, items, citations, findings, triples);
    }
}
