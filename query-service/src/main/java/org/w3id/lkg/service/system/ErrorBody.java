package org.w3id.lkg.service.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * An error answer in the endpoint's own format, the one rule for every error the service sends: {@code /sparql} in
 * plain text, as SPARQL endpoints do, so that a SPARQL client shows the message as it is; everything else a JSON
 * object {@code {status, error, message, …details}}.
 */
record ErrorBody(HttpStatus status, boolean plainText, String text, Map<String, Object> json) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ErrorBody of(HttpServletRequest request, HttpStatus status, String message, Map<String, Object> details) {
        boolean plain = request.getRequestURI().startsWith("/sparql");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        body.putAll(details);
        return new ErrorBody(status, plain, status.value() + " " + status.getReasonPhrase() + ": " + message + "\n", body);
    }

    private MediaType contentType() {
        return plainText ? new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON;
    }

    /** As a controller's answer. */
    ResponseEntity<?> toResponse() {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(status).contentType(contentType());
        return plainText ? b.body(text) : b.body(json);
    }

    /** Written straight to the response, for filters that answer before any controller. */
    void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status.value());
        response.setContentType(contentType().toString());
        response.setCharacterEncoding("UTF-8");
        if (plainText) response.getWriter().write(text);
        else response.getWriter().write(JSON.writeValueAsString(json));
    }
}
