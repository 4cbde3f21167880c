package org.w3id.lkg.ingest.list;

/**
 * Receives a power list as the reader recognises it: title, sections, items and findings, in file order.
 * The analysis stage ({@code analysis.PowerListAnalyser}) implements it.
 */
public interface PowerListHandler {
    /** The first title line; later repeats of it open new sections but are not reported again. */
    default void title(TitleLine title) {}

    /** A catalogue section begins; {@code label} is its declared name (行政处罚 …), {@code declaredCount} may be null. */
    default void section(int number, String label, Integer declaredCount, org.w3id.lkg.ingest.table.SourcePosition at) {}

    /** The header the items that follow are read under (again when a later header, or what the cells hold, changes it). */
    default void header(HeaderMap header, org.w3id.lkg.ingest.table.SourcePosition at) {}

    void item(PowerItemRecord item);

    void finding(Finding finding);

    /** After the last row. */
    default void end() {}
}
