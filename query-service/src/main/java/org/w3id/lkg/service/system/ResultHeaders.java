package org.w3id.lkg.service.system;

/** Response headers the service adds to query results. */
public final class ResultHeaders {
    /** {@code true} when the answer was cut at {@code lkg.max-results}. */
    public static final String TRUNCATED = "X-LKG-Truncated";
    /** The result cap in force ({@code lkg.max-results}). */
    public static final String LIMIT = "X-LKG-Result-Limit";

    private ResultHeaders() {}
}
