package org.w3id.lkg.ontology;

/**
 * How much a finding matters, the concepts of the {@code severity} scheme: {@link #INFO} (worth knowing, the data is
 * as the list meant it), {@link #WARNING} (repaired or suspect, a reader should check it), {@link #ERROR} (the graph
 * misses or misstates something the list says). Ordered, so that a threshold compares.
 */
public enum Severity {
    INFO, WARNING, ERROR;

    /** The concept key, e.g. {@code warning}. */
    public String notation() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** The concept IRI in the severity scheme. */
    public String iri() { return IriScheme.concept("severity", notation()); }

    /** Whether this is {@code other} or worse. */
    public boolean atLeast(Severity other) { return compareTo(other) >= 0; }
}
