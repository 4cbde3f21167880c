package org.w3id.lkg.ingest.table;

import java.util.List;

/**
 * One physical row of a table: its position and its cells in order. For a text file the line and the character
 * column of each cell; for a workbook or a web page the sheet (or table), the row number and the column number.
 */
public record TableRow(String file, int line, List<Cell> cells, String sheet) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    /** A row of a text file. */
    public TableRow(String file, int line, List<Cell> cells) { this(file, line, cells, null); }

    public SourcePosition position() { return new SourcePosition(file, line, 1, sheet); }

    public SourcePosition position(Cell cell) { return new SourcePosition(file, line, cell.column(), sheet); }

    /** The cells with text, for telling blank, title and data rows apart. */
    public long nonBlankCells() { return cells.stream().filter(c -> !c.isBlank()).count(); }

    /**
     * How many different texts the row holds: a title or section label merged across a row of a workbook repeats
     * in every cell it covers, and is still one value.
     */
    public long distinctValues() { return cells.stream().filter(c -> !c.isBlank()).map(c -> c.text().strip()).distinct().count(); }

    /** The first cell with text, or null. */
    public Cell firstNonBlank() { return cells.stream().filter(c -> !c.isBlank()).findFirst().orElse(null); }

    /** Column just past the last character of the row, for "row ends here" messages. */
    public int endColumn() {
        if (cells.isEmpty()) return 1;
        Cell last = cells.get(cells.size() - 1);
        return sheet != null ? last.column() : last.column() + last.text().length();
    }

    /** Where the row ends: past its last character, or its last cell in a sheet. */
    public SourcePosition endPosition() { return new SourcePosition(file, line, endColumn(), sheet); }
}
