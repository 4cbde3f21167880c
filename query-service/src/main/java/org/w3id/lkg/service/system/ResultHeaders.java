package org.w3id.lkg.service.system;

/** Response headers the service adds to query results. */
public final class ResultHeaders {
    /** {@code true} when the answer was cut at {@code lkg.max-results}. */
    public static final String TRUNCATED = "X-LKG-Truncated";
    /** The result cap in force ({@code lkg.max-results}). */
    public static final String LIMIT = "X-LKG-Result-Limit";
    /**
     * The parameters whose reference was more precise than the graph (a 款 or 项 it does not hold), each with the
     * provision the answer is for instead: {@code article=<https://w3id.org/lkg/id/doc/lawyers-law/art/49>}.
     */
    public static final String INEXACT = "X-LKG-Inexact";

    private ResultHeaders() {}
}
