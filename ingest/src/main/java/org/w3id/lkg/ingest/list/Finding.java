package org.w3id.lkg.ingest.list;

import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ontology.FindingKind;

/**
 * An anomaly met in the source that did not stop the read: its kind (one {@link FindingKind}, with its severity),
 * a message for people, where it is, the raw text it concerns, and what it is about.
 */
public record Finding(FindingKind kind, String message, SourcePosition position, String raw, Subject subject) {

    /** What a finding concerns: the list, one item, or one document (by registry key or title). */
    public sealed interface Subject permits ListSubject, ItemSubject, DocumentSubject {}

    public record ListSubject() implements Subject {}

    public record ItemSubject(int section, int number) implements Subject {}

    public record DocumentSubject(String documentKey) implements Subject {}

    public static Finding ofList(FindingKind kind, String message, SourcePosition pos, String raw) {
        return new Finding(kind, message, pos, raw, new ListSubject());
    }

    public static Finding ofItem(FindingKind kind, String message, SourcePosition pos, String raw, int section, int number) {
        return new Finding(kind, message, pos, raw, new ItemSubject(section, number));
    }
}
