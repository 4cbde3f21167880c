package org.w3id.lkg.question;

/** How an intent's rows become the one-line answer. */
public enum AnswerMode {
    /** Items listed: {n} distinct items, {rows} rows, {indirect} the clause on indirect links. */
    ITEMS,
    /** Items counted: as ITEMS, the count is the answer's value. */
    COUNT,
    /** The sanctions in the rows, by type with their bounds. */
    SANCTIONS,
    /** The highest fine in yuan in the rows, and where it is prescribed. */
    MAX_FINE,
    /** The quoted wording in the rows. */
    TEXT,
    /** The most cited articles, first three. */
    RANKING,
    /** Findings by kind. */
    FINDINGS,
    /** The provisions an item cites, direct ones first. */
    CITATIONS,
    /** One item: its type, body, unit, parties. */
    DETAILS,
    /** The lists and their item counts. */
    LISTS
}
