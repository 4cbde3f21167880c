package org.w3id.lkg.sparql;

import java.util.List;
import java.util.Objects;

/**
 * What a reference resolved to: the IRI of a document or provision with its label, or, when the graph does not have
 * it, a message and the nearest candidates. A reference more precise than the graph (a 款 the graph does not hold)
 * resolves to the deepest provision it has, with {@link #exact()} false and a message saying so.
 */
public final class Resolution {
    /** What kind of resource a resolved reference names. */
    public enum Kind { DOCUMENT, ARTICLE, PARAGRAPH, POINT, TERM }

    private final String input;
    private final ProvisionReference reference;
    private final String iri;
    private final String label;
    private final Kind kind;
    private final boolean exact;
    private final String message;
    private final List<Candidate> candidates;

    private Resolution(String input, ProvisionReference reference, String iri, String label, Kind kind, boolean exact,
                       String message, List<Candidate> candidates) {
        this.input = input;
        this.reference = reference;
        this.iri = iri;
        this.label = label;
        this.kind = kind;
        this.exact = exact;
        this.message = message == null ? "" : message;
        this.candidates = List.copyOf(candidates);
    }

    static Resolution found(String input, ProvisionReference ref, String iri, String label, Kind kind, boolean exact, String message) {
        return new Resolution(input, ref, Objects.requireNonNull(iri), label, kind, exact, message, List.of());
    }

    static Resolution notFound(String input, ProvisionReference ref, String message, List<Candidate> candidates) {
        return new Resolution(input, ref, null, null, null, false, message, candidates);
    }

    /** Whether the reference named something in the graph. */
    public boolean resolved() { return iri != null; }

    /** The text as given. */
    public String input() { return input; }

    /** The parsed reference, or null when the text was not a reference (or was a plain label). */
    public ProvisionReference reference() { return reference; }

    /** The IRI; null when not resolved. */
    public String iri() { return iri; }

    /** A readable label of what was found (e.g. 中华人民共和国律师法第四十九条); null when not resolved. */
    public String label() { return label; }

    /** The kind of what was found; null when not resolved. */
    public Kind kind() { return kind; }

    /** False when the reference was more precise than the graph and resolved to an enclosing provision. */
    public boolean exact() { return exact; }

    /** Why it did not resolve, or a note on an inexact resolution; empty otherwise. */
    public String message() { return message; }

    /** Nearest known titles or provisions, best first; empty when resolved. */
    public List<Candidate> candidates() { return candidates; }

    @Override
    public String toString() {
        return resolved() ? input + " -> <" + iri + "> " + label + (exact ? "" : " (" + message + ")")
                : input + ": " + message + " " + candidates;
    }
}
