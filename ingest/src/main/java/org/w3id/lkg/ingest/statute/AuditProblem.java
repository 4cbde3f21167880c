package org.w3id.lkg.ingest.statute;

/** What the audit found wrong with one citation: a finding kind (provision-not-in-text, …) and a message for people. */
public record AuditProblem(String kind, String message) {
    public static final String NOT_IN_TEXT = "provision-not-in-text";
    public static final String MISNUMBERED = "misnumbered-citation";
    public static final String WORDING_DIFFERS = "wording-differs";
}
