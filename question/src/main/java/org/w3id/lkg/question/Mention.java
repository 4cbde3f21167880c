package org.w3id.lkg.question;

/**
 * A span of the (normalised) question that names something in the graph: [start, end) in characters, the text as
 * written, its kind, the IRI it names (null for an amount) and the graph's label for it. For an amount, {@code label}
 * is the comparison ({@code >}, {@code ≥}, {@code ≤}, {@code <}, {@code =}) and {@code value} the yuan.
 */
public record Mention(int start, int end, String text, EntityKind kind, String iri, String label, java.math.BigDecimal value) {
    /** A mention of a resource. */
    public static Mention of(int start, int end, String text, EntityKind kind, String iri, String label) {
        return new Mention(start, end, text, kind, iri, label, null);
    }

    /** Whether the two spans share a character. */
    public boolean overlaps(Mention o) { return start < o.end && o.start < end; }

    /** The span's length. */
    public int length() { return end - start; }
}
