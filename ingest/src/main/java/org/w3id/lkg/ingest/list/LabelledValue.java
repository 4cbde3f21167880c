package org.w3id.lkg.ingest.list;

import org.w3id.lkg.ingest.table.SourcePosition;

/** A cell of a column no role fits, kept on its item under the column's header text: no cell of a list is lost. */
public record LabelledValue(String label, CellText value, String raw, SourcePosition position) {
    public String text() { return value.text(); }
}
