package org.w3id.lkg.ingest.table;

/** Where a value came from: file name, 1-based line and column (-1 when unknown). */
public record SourcePosition(String file, int line, int column) {
    public static SourcePosition unknown(String file) { return new SourcePosition(file, -1, -1); }

    /** The same line, another column. */
    public SourcePosition atColumn(int col) { return new SourcePosition(file, line, col); }

    @Override
    public String toString() { return line < 0 ? file : column < 0 ? file + ":" + line : file + ":" + line + ":" + column; }
}
