package org.w3id.lkg.service.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The service's root for clients other than browsers (those get the home page: {@code page.BrowserForwarding}): the
 * links as JSON, so {@code curl http://localhost:8080/} says where everything is.
 */
@RestController
class ServiceIndexController {
    private final LkgStore store;

    ServiceIndexController(LkgStore store) {
        this.store = store;
    }

    @GetMapping("/")
    ResponseEntity<Map<String, Object>> index(@RequestHeader(value = HttpHeaders.ACCEPT, defaultValue = "*/*") String accept) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", "lkg query service");
        body.put("store", store.describe());
        body.put("state", store.state().name());
        body.put("links", ServiceLinks.of(base, store));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
