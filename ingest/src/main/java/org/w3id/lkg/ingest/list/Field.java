package org.w3id.lkg.ingest.list;

import org.w3id.lkg.ingest.table.SourcePosition;

/** The value of one role in one item row: the cleaned text and where its cell starts. */
public record Field(ColumnRole role, CellText value, String raw, SourcePosition position) {
    public String text() { return value.text(); }

    public boolean isEmpty() { return value.isEmpty(); }

    /** The source position of an offset in the cleaned text. */
    public SourcePosition positionAt(int offset) { return position.atColumn(value.columnAt(offset)); }
}
