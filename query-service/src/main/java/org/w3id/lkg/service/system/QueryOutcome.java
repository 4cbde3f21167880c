package org.w3id.lkg.service.system;

/**
 * How a timed request ended: the {@code outcome} tag of {@code lkg_queries_seconds}. Every outcome the service records
 * is one of these, derived from the answer's status alone (and, for 503, whether the query ran out of time), so that
 * every endpoint tags alike.
 */
public enum QueryOutcome {
    /** 2xx or 3xx: answered. */
    OK("ok"),
    /** 400, 406, 413, 414, 415 and any other 4xx not listed here: the request was wrong. */
    BAD_REQUEST("bad-request"),
    /** 404: no such query, statute, article or IRI. */
    NOT_FOUND("not-found"),
    /** 403 or 429: refused by policy (an update, SERVICE, too many at once). */
    REFUSED("refused"),
    /** 503 after the query timeout. */
    TIMEOUT("timeout"),
    /** 503 for a query cancelled because the service already ran as many long queries as it allows. */
    BUSY("busy"),
    /** 503 for any other reason: the store is loading or down. */
    UNAVAILABLE("unavailable"),
    /** Any other 5xx, or an exception that escaped every handler. */
    ERROR("error");

    /** The request attribute that holds why a query failed ({@code timeout}, {@code busy}), set where the failure is
     * turned into an answer. */
    static final String REASON = QueryOutcome.class.getName() + ".reason";

    private final String tag;

    QueryOutcome(String tag) { this.tag = tag; }

    /** The tag value in metrics. */
    public String tag() { return tag; }

    /** The outcome of an answer with this status and failure reason (null when none was given). */
    public static QueryOutcome of(int status, String reason) {
        if (status < 400) return OK;
        if (status == 404) return NOT_FOUND;
        if (status == 403 || status == 429) return REFUSED;
        if (status == 503) return "timeout".equals(reason) ? TIMEOUT : "busy".equals(reason) ? BUSY : UNAVAILABLE;
        if (status < 500) return BAD_REQUEST;
        return ERROR;
    }
}
