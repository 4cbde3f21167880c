package org.w3id.lkg.ingest.list;

import org.w3id.lkg.ontology.text.Markup;

/**
 * A cell's text with {@link Markup} removed ({@code <p>}, {@code </p>}, {@code <br>}, {@code &nbsp;}) and whitespace runs folded,
 * remembering for every character the column it had in the source line, so that findings and citations
 * found in the clean text still point at the raw file.
 */
public final class CellText {
    private final String text;
    private final int[] columns;

    private CellText(String text, int[] columns) {
        this.text = text;
        this.columns = columns;
    }

    /** Cleans {@code raw}, which starts at 1-based {@code column} of its line. */
    public static CellText of(String raw, int column) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] cols = new int[raw.length() + 1];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int markup = Markup.lengthAt(raw, i);
            if (markup > 0) { pendingSpace = n > 0; i += markup - 1; continue; }
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') { pendingSpace = n > 0; continue; }
            if (pendingSpace) {
                out.append(' ');
                cols[n++] = column + i;
                pendingSpace = false;
            }
            out.append(c);
            cols[n++] = column + i;
        }
        int[] exact = new int[n];
        System.arraycopy(cols, 0, exact, 0, n);
        return new CellText(out.toString(), exact);
    }

    public String text() { return text; }

    /** The two texts joined by a space, each keeping its own source columns (for a value split over two cells). */
    public static CellText join(CellText a, CellText b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        int[] cols = new int[a.columns.length + 1 + b.columns.length];
        System.arraycopy(a.columns, 0, cols, 0, a.columns.length);
        cols[a.columns.length] = b.columns[0];
        System.arraycopy(b.columns, 0, cols, a.columns.length + 1, b.columns.length);
        return new CellText(a.text + " " + b.text, cols);
    }

    /** The first {@code length} characters, with their columns. */
    public CellText prefix(int length) {
        int n = Math.min(length, text.length());
        int[] cols = new int[n];
        System.arraycopy(columns, 0, cols, 0, n);
        return new CellText(text.substring(0, n).strip(), cols);
    }

    public boolean isEmpty() { return text.isEmpty(); }

    /** The source column of clean-text offset {@code offset} (the end of the text maps past its last character). */
    public int columnAt(int offset) {
        if (columns.length == 0) return -1;
        if (offset >= columns.length) return columns[columns.length - 1] + 1;
        return columns[Math.max(0, offset)];
    }

    @Override
    public String toString() { return text; }
}
