package org.w3id.lkg.ingest.extract;

/** What went wrong while reading wording; each key is a concept key in the {@code finding-kind} scheme. */
public enum ProblemKind {
    /** A yuan amount or a multiple whose numeral could not be read (若干元, 五千余元). */
    UNPARSED_AMOUNT("unparsed-amount"),
    /** A duration whose numeral could not be read (若干个月). */
    UNPARSED_DURATION("unparsed-duration"),
    /** One article gives two different bounds for the same sanction; the first is kept. */
    CONFLICTING_BOUNDS("conflicting-bounds"),
    /** Quoted text whose enumeration （一）（二）… repeats or skips. */
    BROKEN_ENUMERATION("broken-enumeration");

    private final String key;

    ProblemKind(String key) {
        this.key = key;
    }

    /** The concept key, e.g. {@code unparsed-amount}. */
    public String key() {
        return key;
    }
}
