package org.w3id.lkg.ingest.analysis;

import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.list.TitleLine;

/**
 * Receives an analysed power list, in file order: title, sections, items and findings, then once what the list cites.
 * The RDF writer implements it; a finding arrives before the item it concerns (the item's own findings travel in the
 * item, in the order they were met).
 */
public interface AnalysedListHandler {
    /** The list's title line, once. */
    default void title(TitleLine title) {}

    /** A section begins; or, {@link ListSection#opened()} false, the made-up label of a section no title line labelled. */
    default void section(ListSection section) {}

    /** One analysed item row. */
    void item(AnalysedItem item);

    /** A finding about the list or a row, met outside an item's analysis (the reader's repairs, counts, wording). */
    void finding(Finding finding);

    /** After the last row: the documents, versions, provisions, wordings and sanctions of the whole list. */
    default void end(CitedWorks works) {}
}
