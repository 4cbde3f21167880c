package org.w3id.lkg.service.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actuator is for whoever runs the service: from a loopback client everything under {@code /actuator} answers as
 * usual; from anyone else, {@code /actuator/health} answers its status alone (its details name files and ports) and
 * every other actuator path is a 404, unless {@code lkg.operator-endpoints-public=true}.
 */
@Component
class OperatorEndpoints extends OncePerRequestFilter {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final boolean open;

    OperatorEndpoints(@Value("${lkg.operator-endpoints-public:false}") boolean open) {
        this.open = open;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return open || !request.getRequestURI().startsWith("/actuator") || loopback(request.getRemoteAddr());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getRequestURI().equals("/actuator/health")) {
            ErrorBody.of(request, HttpStatus.NOT_FOUND, "no such page", Map.of()).writeTo(response);
            return;
        }
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        JsonNode health = JSON.readTree(held.getContentAsByteArray());
        byte[] status = JSON.writeValueAsBytes(Map.of("status", health.path("status").asString("UNKNOWN")));
        held.resetBuffer();
        response.setContentType("application/json");
        response.setContentLength(status.length);
        response.getOutputStream().write(status);
    }

    static boolean loopback(String address) {
        try {
            // an address literal: no name lookup happens
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
