package org.w3id.lkg.store.load;

import java.util.stream.Collectors;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * A list the loader refused, keeping the previous graph: its graph does not conform to the SHACL shapes, or it would
 * gut the graph it replaces ({@link ReplacementGuard}).
 */
public class InvalidListException extends RuntimeException {
    /** How many violations the message quotes; the full report stays available through {@link #report()}. */
    private static final int QUOTED = 3;

    private final String listKey;
    private final transient ValidationReport report;

    public InvalidListException(String listKey, ValidationReport report) {
        super(message(listKey, report));
        this.listKey = listKey;
        this.report = report;
    }

    /** A refusal for another reason than the shapes; {@code message} says what and why. */
    public InvalidListException(String listKey, String message) {
        super(message);
        this.listKey = listKey;
        this.report = null;
    }

    public String listKey() { return listKey; }

    /** The SHACL report, or null when the list was refused for another reason. */
    public ValidationReport report() { return report; }

    public int violations() { return report == null ? 0 : report.getEntries().size(); }

    private static String message(String listKey, ValidationReport report) {
        int n = report.getEntries().size();
        String quoted = report.getEntries().stream().limit(QUOTED)
                .map(InvalidListException::describe)
                .collect(Collectors.joining("; "));
        return "%s does not conform to the shapes (%d violation%s; the previous graph is unchanged): %s%s"
                .formatted(listKey, n, n == 1 ? "" : "s", quoted, n > QUOTED ? "; …" : "");
    }

    private static String describe(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        return ShLib.displayStr(e.focusNode()) + path + ": " + e.message();
    }
}
