package org.w3id.lkg.ingest;

/**
 * What one ingest produced: counts a loader prints in its one-line summary. {@code citations} counts every citation
 * resource (实施依据 and 责任事项依据, a provision cited twice counted twice); {@code basisLinks} the distinct item →
 * provision links of 实施依据 alone, the rows {@code lkg query citations} lists (-1 when not counted).
 */
public record IngestReport(String listKey, int items, int citations, int findings, long triples, int basisLinks) {
    /** A report whose source does not count legal-basis links (a synthetic or pre-built graph). */
    public IngestReport(String listKey, int items, int citations, int findings, long triples) {
        this(listKey, items, citations, findings, triples, -1);
    }

    /** The counts as every summary line writes them: {@code 54 items, 405 citations (218 legal-basis links), 61 findings}. */
    public String counts() {
        String links = basisLinks < 0 ? "" : " (%,d legal-basis links)".formatted(basisLinks);
        return "%,d items, %,d citations%s, %,d findings".formatted(items, citations, links, findings);
    }

    public String summary() {
        return "%s: %s, %d triples".formatted(listKey, counts(), triples);
    }
}
