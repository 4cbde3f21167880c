package org.w3id.lkg.ingest.table;

/**
 * Where a value came from: file name, 1-based line and column (-1 when unknown), and for a workbook or web page the
 * sheet (or table) it is on, when line and column are the row and column of a cell, shown as {@code file:sheet!B12}.
 */
public record SourcePosition(String file, int line, int column, String sheet) {
    /** A position in a text file. */
    public SourcePosition(String file, int line, int column) { this(file, line, column, null); }

    public static SourcePosition unknown(String file) { return new SourcePosition(file, -1, -1); }

    /**
     * The same line, another column. A cell of a sheet is the finest position a workbook gives (a character offset
     * inside it is no column of the sheet), so a sheet position stays the cell it is.
     */
    public SourcePosition atColumn(int col) { return sheet != null ? this : new SourcePosition(file, line, col); }

    /** Whether this is a cell of a sheet or of a web page's table rather than a line and column of text. */
    public boolean inSheet() { return sheet != null; }

    @Override
    public String toString() {
        if (sheet != null) return file + ":" + sheet + (line < 0 ? "" : "!" + (column > 0 ? columnName(column) : "") + line);
        return line < 0 ? file : column < 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** The letters a spreadsheet names a 1-based column by: 1 → A, 27 → AA. */
    public static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) b.insert(0, (char) ('A' + (c - 1) % 26));
        return b.toString();
    }
}
