package org.w3id.lkg.ingest.table;

/** The delimited dialects the reader takes: tab-separated exports and RFC 4180 CSV. */
public enum Dialect {
    TSV('\t'), CSV(',');

    private final char delimiter;

    Dialect(char delimiter) { this.delimiter = delimiter; }

    public char delimiter() { return delimiter; }

    /** By file name (.csv is CSV), else by the first non-blank line (tabs beat commas). */
    public static Dialect guess(String fileName, String text) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".csv")) return CSV;
        if (lower.endsWith(".tsv")) return TSV;
        for (String line : text.split("\n", 200)) {
            if (line.isBlank()) continue;
            long tabs = line.chars().filter(c -> c == '\t').count();
            long commas = line.chars().filter(c -> c == ',').count();
            if (tabs > 0) return TSV;
            if (commas > 2) return CSV;
        }
        return TSV;
    }
}
