package org.w3id.lkg.sparql;

import java.util.List;

/**
 * A parameter value that cannot be bound: missing, unknown, malformed, or naming nothing in the graph. The message
 * says which parameter, the value as given and why; {@link #candidates()} holds the nearest known values when the
 * value named something the graph does not have.
 */
public class ParameterException extends RuntimeException {
    private final String parameter;
    private final List<Candidate> candidates;

    public ParameterException(String parameter, String message, List<Candidate> candidates) {
        super(message);
        this.parameter = parameter;
        this.candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public ParameterException(String parameter, String message) { this(parameter, message, List.of()); }

    /** The parameter at fault, or null when the fault is not one parameter's (an unknown name, say). */
    public String parameter() { return parameter; }

    /** Nearest known values, best first; empty when none apply. */
    public List<Candidate> candidates() { return candidates; }
}
