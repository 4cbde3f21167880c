package org.w3id.lkg.ingest.table;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The file formats a power list comes in, told by the file name, each with its {@link TableReader}. */
public enum TableFormat {
    /** Tab- or comma-separated text (.txt, .tsv, .csv, and any name not listed below). */
    TEXT,
    /** An Excel workbook, .xlsx or .xls. */
    WORKBOOK,
    /** A saved web page, .html or .htm. */
    HTML;

    /** The extensions of list files a folder contributes; anything else in it (a README.md, say) is left alone. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "tsv", "csv", "xlsx", "xls", "html", "htm");

    public static TableFormat of(Path file) {
        String ext = extension(file);
        return switch (ext) {
            case "xlsx", "xls" -> WORKBOOK;
            case "html", "htm" -> HTML;
            default -> TEXT;
        };
    }

    /** The reader for this format; {@code encoding} (null to detect) matters for text only. */
    public TableReader reader(Charset encoding) {
        return switch (this) {
            case TEXT -> new DelimitedTableReader(null, encoding);
            case WORKBOOK -> new WorkbookTableReader();
            case HTML -> new HtmlTableReader();
        };
    }

    /** The lower-case extension of a file name, or "". */
    public static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
