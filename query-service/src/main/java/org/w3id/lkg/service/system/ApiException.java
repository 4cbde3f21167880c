package org.w3id.lkg.service.system;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.w3id.lkg.sparql.Candidate;

/**
 * A request the service answers with an error status and a message for the person who sent it; {@code details}
 * add fields to the JSON error body (nearest candidates, the parameter at fault).
 */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final Map<String, Object> details;

    public ApiException(HttpStatus status, String message, Map<String, Object> details, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public ApiException(HttpStatus status, String message) { this(status, message, Map.of(), null); }

    public HttpStatus status() { return status; }

    public Map<String, Object> details() { return details; }

    public static ApiException badRequest(String message) { return new ApiException(HttpStatus.BAD_REQUEST, message); }

    public static ApiException refused(String message) { return new ApiException(HttpStatus.FORBIDDEN, message); }

    /** A candidate as error bodies show it: label, IRI and edit distance. */
    public static Map<String, Object> candidate(Candidate c) {
        return Map.of("label", c.label(), "iri", c.iri(), "distance", c.distance());
    }

    /** 503 for a query cancelled to keep cores free for others; the client may try again later. */
    public static ApiException busy(String message, Throwable cause) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, message, Map.of("reason", "busy"), cause);
    }

    public static ApiException timeout(String message, Throwable cause) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, message, Map.of("reason", "timeout"), cause);
    }
}
