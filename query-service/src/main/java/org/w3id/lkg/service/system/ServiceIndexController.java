package org.w3id.lkg.service.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The service's root: a browser is sent to the interactive API page; any other client gets the links as JSON, so
 * {@code curl http://localhost:8080/} says where everything is.
 */
@RestController
class ServiceIndexController {
    private final LkgStore store;

    ServiceIndexController(LkgStore store) {
        this.store = store;
    }

    @GetMapping("/")
    ResponseEntity<Map<String, Object>> index(@RequestHeader(value = HttpHeaders.ACCEPT, defaultValue = "*/*") String accept) {
        if (MediaType.parseMediaTypes(accept).stream().anyMatch(m -> m.isCompatibleWith(MediaType.TEXT_HTML) && !m.isWildcardType())) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/swagger-ui.html")).build();
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", "lkg query service");
        body.put("store", store.describe());
        body.put("state", store.state().name());
        body.put("links", ServiceLinks.of(base, store));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
