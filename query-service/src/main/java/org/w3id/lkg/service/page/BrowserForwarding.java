package org.w3id.lkg.service.page;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends browsers to the pages on the two paths that other clients share with them: {@code GET /} (the home page
 * rather than the JSON index) and {@code GET /sparql} (the editor, or a readable result page for {@code ?query=}).
 * Everything else — SPARQL clients, curl, POST, an explicit {@code format=} — goes on to the endpoints unchanged.
 */
@Component
class BrowserForwarding extends OncePerRequestFilter {
    static final String HOME = "/_page/home", SPARQL = "/_page/sparql";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean get = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (get && Browsers.is(request)) {
            if (path.equals("/")) {
                request.getRequestDispatcher(HOME).forward(request, response);
                return;
            }
            if (path.equals("/sparql") && request.getParameter("format") == null) {
                request.getRequestDispatcher(SPARQL).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
