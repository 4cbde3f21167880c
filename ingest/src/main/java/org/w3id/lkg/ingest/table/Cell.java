package org.w3id.lkg.ingest.table;

/** One cell of a table row as written, with the 1-based column (in characters) where it starts. */
public record Cell(String text, int column) {
    public boolean isBlank() { return text.isBlank(); }
}
