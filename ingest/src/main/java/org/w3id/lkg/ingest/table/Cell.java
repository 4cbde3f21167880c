package org.w3id.lkg.ingest.table;

/**
 * One cell of a table row as written, with the 1-based column where it starts: in characters for a text file, the
 * column number for a workbook or a web page's table.
 */
public record Cell(String text, int column) {
    public boolean isBlank() { return text.isBlank(); }
}
