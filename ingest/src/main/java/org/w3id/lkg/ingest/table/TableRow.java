package org.w3id.lkg.ingest.table;

import java.util.List;

/** One physical row of a delimited file: its position and its cells in order. */
public record TableRow(String file, int line, List<Cell> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    public SourcePosition position() { return new SourcePosition(file, line, 1); }

    public SourcePosition position(Cell cell) { return new SourcePosition(file, line, cell.column()); }

    /** The cells with text, for telling blank, title and data rows apart. */
    public long nonBlankCells() { return cells.stream().filter(c -> !c.isBlank()).count(); }

    /** Column just past the last character of the row, for "row ends here" messages. */
    public int endColumn() {
        if (cells.isEmpty()) return 1;
        Cell last = cells.get(cells.size() - 1);
        return last.column() + last.text().length();
    }
}
