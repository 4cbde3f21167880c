package org.w3id.lkg.service.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.w3id.lkg.sparql.ParameterException;

/**
 * Failures to HTTP answers, in one place. {@code /sparql} answers errors in plain text, as SPARQL endpoints do, so
 * that a SPARQL client shows the parser's message as it is; {@code /api/…} answers a JSON object
 * {@code {status, error, message, …details}}.
 */
@RestControllerAdvice
class ServiceErrors {
    private static final Logger log = LoggerFactory.getLogger(ServiceErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<?> api(ApiException e, HttpServletRequest request) {
        Object reason = e.details().get("reason");
        if (reason != null) RequestTiming.reason(request, reason.toString());
        return answer(request, e.status(), e.getMessage(), e.details());
    }

    @ExceptionHandler(ParameterException.class)
    ResponseEntity<?> parameter(ParameterException e, HttpServletRequest request) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (e.parameter() != null) details.put("parameter", e.parameter());
        if (!e.candidates().isEmpty()) details.put("candidates", e.candidates().stream().map(ApiException::candidate).toList());
        return answer(request, HttpStatus.BAD_REQUEST, e.getMessage(), details);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<?> notFound(NoSuchElementException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.getMessage(), Map.of());
    }

    @ExceptionHandler(StoreNotReadyException.class)
    ResponseEntity<?> notReady(StoreNotReadyException e, HttpServletRequest request) {
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), Map.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<?> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "parameter '" + e.getParameterName() + "' is required", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<?> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage()
                + "; send application/sparql-query or application/x-www-form-urlencoded", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<?> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, e.getMessage(), Map.of());
    }

    // Tomcat decodes parameters lazily, when a handler first asks for one: a malformed %-escape, or a form body over
    // server.tomcat.max-http-form-post-size, surfaces here. The client's fault, so a 4xx that says how to mend it.
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<?> undecodable(InvalidParameterException e, HttpServletRequest request) {
        if (e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value())
            return answer(request, HttpStatus.CONTENT_TOO_LARGE, "the form body is larger than this endpoint takes "
                    + "(server.tomcat.max-http-form-post-size); send the query as application/sparql-query", Map.of());
        return answer(request, HttpStatus.BAD_REQUEST, "a parameter is not valid percent-encoding (RFC 3986): each % must "
                + "start two hex digits, and the bytes must be UTF-8; encode values with e.g. curl -G --data-urlencode", Map.of());
    }

    // Only what a user can act on goes out; the exception, its class and its trace go to the log.
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<?> unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the service log has the details", Map.of());
    }

    private static ResponseEntity<?> answer(HttpServletRequest request, HttpStatus status, String message, Map<String, Object> details) {
        return ErrorBody.of(request, status, message, details).toResponse();
    }
}
