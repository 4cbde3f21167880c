package org.w3id.lkg.service.system;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

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

    public static ApiException notFound(String message, List<?> candidates) {
        return new ApiException(HttpStatus.NOT_FOUND, message, Map.of("candidates", candidates), null);
    }

    public static ApiException timeout(String message, Throwable cause) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, message, Map.of("reason", "timeout"), cause);
    }
}
