package org.w3id.lkg.service.page;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.StoreNotReadyException;
import org.w3id.lkg.sparql.ParameterException;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Errors as people see them: a browser gets an HTML page (a 404 with suggestions from the search), any other client
 * JSON {@code {status, error, message, path}}. Serves {@code /error} (unknown paths, in place of Spring's Whitelabel
 * page) and the errors of the pages and the linked-data paths; the API keeps its own answers ({@code ServiceErrors}).
 */
@RestController
@Hidden
class PageErrors implements org.springframework.boot.webmvc.error.ErrorController {
    private final Layout layout;
    private final HomeController home;

    PageErrors(Layout layout, HomeController home) {
        this.layout = layout;
        this.home = home;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status == null) status = HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        String message = status == HttpStatus.NOT_FOUND ? "no page or resource at " + path : status.getReasonPhrase();
        return answer(request, status, message, path);
    }

    ResponseEntity<?> answer(HttpServletRequest request, HttpStatus status, String message, String path) {
        if (!Browsers.is(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", status.getReasonPhrase());
            body.put("message", message);
            body.put("path", path);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        Html h = new Html();
        h.el("p", message, "class", "error-message");
        if (status == HttpStatus.NOT_FOUND) suggestions(h, path);
        h.open("p").a(layout.iris().href("/"), "返回首页 Home").close("p");
        String title = status.value() + " " + (status == HttpStatus.NOT_FOUND ? "找不到 Not found" : status == HttpStatus.NOT_ACCEPTABLE
                ? "无法提供该格式 Not acceptable" : status.is4xxClientError() ? "请求有误 Bad request" : "出错了 Error");
        String html = layout.write(new Layout.Page(title, null, h, null), List.of());
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    // The last segment of the path, decoded, searched among the labels: 律帅法 finds nothing, but 律师 does.
    private void suggestions(Html h, String path) {
        String word = org.springframework.web.util.UriUtils.decode(Facts.lastSegment(path), StandardCharsets.UTF_8)
                .replaceAll("\\.[a-z]+$", "").replaceAll("[-_]", " ").strip();
        List<Row> hits = List.of();
        try {
            if (!word.isEmpty()) hits = home.hits(word.length() > 2 ? word.substring(0, 2) : word);
        } catch (RuntimeException e) {
            // the store may not be ready: no suggestions then
        }
        if (hits.isEmpty()) return;
        h.el("h2", "您是否要找 Did you mean");
        h.open("ul", "class", "suggestions");
        hits.stream().limit(10).forEach(r -> { h.open("li"); h.a(layout.iris().hrefOf(r.get("s")), r.get("label")); h.close("li"); });
        h.close("ul");
    }

    /** The errors of the pages and the linked-data paths. */
    @ControllerAdvice(basePackages = {"org.w3id.lkg.service.page", "org.w3id.lkg.service.linkeddata"})
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Advice {
        private final PageErrors errors;

        Advice(PageErrors errors) {
            this.errors = errors;
        }

        @ExceptionHandler(ApiException.class)
        ResponseEntity<?> api(ApiException e, HttpServletRequest request) {
            return errors.answer(request, e.status(), e.getMessage(), request.getRequestURI());
        }

        @ExceptionHandler(NoSuchElementException.class)
        ResponseEntity<?> notFound(NoSuchElementException e, HttpServletRequest request) {
            return errors.answer(request, HttpStatus.NOT_FOUND, e.getMessage(), request.getRequestURI());
        }

        @ExceptionHandler(ParameterException.class)
        ResponseEntity<?> parameter(ParameterException e, HttpServletRequest request) {
            return errors.answer(request, HttpStatus.BAD_REQUEST, e.getMessage(), request.getRequestURI());
        }

        @ExceptionHandler(StoreNotReadyException.class)
        ResponseEntity<?> notReady(StoreNotReadyException e, HttpServletRequest request) {
            return errors.answer(request, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), request.getRequestURI());
        }
    }
}
