package org.w3id.lkg.ingest.table;

/**
 * Reads a delimited table and pushes its rows, each with its source position, to a {@link RowHandler}.
 * Implementations differ in dialect only; every one reports malformed input as a
 * {@link PowerListFormatException} that names file, line and column.
 */
public interface TableReader {
    void read(DecodedText text, RowHandler handler);
}
