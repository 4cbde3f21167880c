package org.w3id.lkg.ingest.table;

/** Receives the rows of a table as they are read; the reader pushes, the handler never pulls. */
public interface RowHandler {
    /**
     * A new table begins: a sheet of a workbook or a table of a web page (a text file is one table and never calls
     * this). Its rows follow; a handler must find its header again.
     */
    default void table(String name) {}

    void row(TableRow row);

    /** Called once after the last row. */
    default void end(String file, int lastLine) {}
}
