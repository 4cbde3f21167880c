package org.w3id.lkg.ingest;

import java.util.Locale;

import org.w3id.lkg.ontology.FindingKind;
import org.w3id.lkg.ontology.Severity;

/**
 * Which findings make an ingest fail: none ({@link #NEVER}, the default: findings are data, written to the graph), those
 * of severity error ({@link #ERROR}), or those of severity warning or error ({@link #WARNING}). Set on
 * {@link PowerListIngest.Builder#failOn}; the command line's {@code --fail-on error|warning|never}.
 */
public enum FindingPolicy {
    NEVER(null), ERROR(Severity.ERROR), WARNING(Severity.WARNING);

    private final Severity threshold;

    FindingPolicy(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether a finding of {@code kind} fails the ingest. */
    public boolean rejects(FindingKind kind) {
        return threshold != null && kind.severity().atLeast(threshold);
    }

    /** The policy as users type it. */
    public String label() { return name().toLowerCase(Locale.ROOT); }
}
