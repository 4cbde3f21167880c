package org.w3id.lkg.ingest.table;

import java.nio.file.Path;

/**
 * Reads a table file (TSV, CSV, a workbook, a saved web page) and pushes its rows, each with its source position,
 * to a {@link RowHandler}. Every implementation reports unreadable input as a {@link PowerListFormatException} that
 * names file and position ({@code file:line:column}, or {@code file:sheet!B12} in a workbook) and what was expected.
 * {@link TableFormat#of} chooses the implementation for a file.
 */
public interface TableReader {
    /** Reads {@code file} and pushes its rows; {@link RowHandler#end} is called once after the last. */
    void read(Path file, RowHandler handler);
}
