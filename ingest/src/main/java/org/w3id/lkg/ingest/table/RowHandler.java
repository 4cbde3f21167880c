package org.w3id.lkg.ingest.table;

/** Receives the rows of a table as they are read; the reader pushes, the handler never pulls. */
public interface RowHandler {
    void row(TableRow row);

    /** Called once after the last row. */
    default void end(String file, int lastLine) {}
}
