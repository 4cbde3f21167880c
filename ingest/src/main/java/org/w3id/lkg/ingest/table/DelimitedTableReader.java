package org.w3id.lkg.ingest.table;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads TSV (no quoting, one row per line) and RFC 4180 CSV (quoted fields may hold delimiters, quotes and newlines). */
public final class DelimitedTableReader implements TableReader {
    private final Dialect dialect;
    private final Charset encoding;

    /** A reader of this dialect for text already decoded. */
    public DelimitedTableReader(Dialect dialect) { this(dialect, null); }

    /**
     * A reader for files: {@code dialect} null to tell TSV from CSV by the file name and the text
     * ({@link Dialect#guess}); {@code encoding} null to detect it ({@link DecodedText#read}).
     */
    public DelimitedTableReader(Dialect dialect, Charset encoding) {
        this.dialect = dialect;
        this.encoding = encoding;
    }

    @Override
    public void read(Path file, RowHandler handler) {
        DecodedText text = DecodedText.read(file, encoding);
        Dialect d = dialect != null ? dialect : Dialect.guess(file.getFileName().toString(), text.text());
        new DelimitedTableReader(d).read(text, handler);
    }

    /** Reads decoded text and pushes its rows; {@link RowHandler#end} is called once after the last. */
    public void read(DecodedText text, RowHandler handler) {
        int lastLine = dialect == Dialect.CSV ? readCsv(text, handler) : readTsv(text, handler);
        handler.end(text.file(), lastLine);
    }

    private int readTsv(DecodedText text, RowHandler handler) {
        String s = text.text();
        int line = 0, start = 0;
        while (start <= s.length()) {
            int end = s.indexOf('\n', start);
            if (end < 0) end = s.length();
            line++;
            if (end == s.length() && start == end) break;   // no row after the final newline
            handler.row(new TableRow(text.file(), line, splitTsv(s.substring(start, end))));
            start = end + 1;
        }
        return line;
    }

    private static List<Cell> splitTsv(String line) {
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        while (true) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                cells.add(new Cell(line.substring(start), start + 1));
                return cells;
            }
            cells.add(new Cell(line.substring(start, tab), start + 1));
            start = tab + 1;
        }
    }

    private int readCsv(DecodedText text, RowHandler handler) {
        String s = text.text();
        char delim = dialect.delimiter();
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1, col = 1, rowLine = 1, fieldCol = 1;
        boolean quoted = false, wasQuoted = false;
        int quoteLine = 0, quoteCol = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') { field.append('"'); i++; col++; }
                    else {
                        quoted = false;
                        // A closing quote ends the field: anything but a delimiter or the row's end after it means the
                        // quote was not a closing one, and the field opened at quoteLine has swallowed what came after.
                        char next = i + 1 < s.length() ? s.charAt(i + 1) : '\n';
                        if (next != delim && next != '\n') throw new PowerListFormatException(
                                new SourcePosition(text.file(), quoteLine, quoteCol), "quoted field opened here "
                                + (line > quoteLine ? "runs over " + (line - quoteLine + 1) + " lines to a quote at line " + line
                                        + " that is followed by text" : "has text after its closing quote")
                                + "; expected a closing \" right before a delimiter or the end of the row (an unclosed quote?)");
                    }
                } else {
                    field.append(c);
                    if (c == '\n') { line++; col = 0; }
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true; wasQuoted = true; quoteLine = line; quoteCol = col;
            } else if (c == delim) {
                cells.add(new Cell(field.toString(), fieldCol));
                field.setLength(0); wasQuoted = false; fieldCol = col + 1;
            } else if (c == '\n') {
                cells.add(new Cell(field.toString(), fieldCol));
                handler.row(new TableRow(text.file(), rowLine, cells));
                cells = new ArrayList<>();
                field.setLength(0); wasQuoted = false;
                line++; rowLine = line; col = 0; fieldCol = 1;
            } else {
                field.append(c);
            }
            col++;
        }
        if (quoted) {
            throw new PowerListFormatException(new SourcePosition(text.file(), quoteLine, quoteCol),
                    "quoted field opened here is never closed; expected a closing \" before the end of the file (truncated row?)");
        }
        if (field.length() > 0 || !cells.isEmpty()) {
            cells.add(new Cell(field.toString(), fieldCol));
            handler.row(new TableRow(text.file(), rowLine, cells));
        }
        return line;
    }
}
