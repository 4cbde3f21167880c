package org.w3id.lkg.service.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where everything the service offers lives, relative to its base URL: printed at start-up and served at {@code /}. */
final class ServiceLinks {
    private ServiceLinks() {}

    /** Name → URL, in the order people need them; the embedded Fuseki's when one runs. */
    static Map<String, String> of(String base, LkgStore store) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("sparql", base + "/sparql");
        links.put("queries", base + "/api/queries");
        // Percent-encoded: a link with raw UTF-8 is refused by Tomcat when someone copies it into curl.
        links.put("resolve", base + "/api/resolve?ref=" + URLEncoder.encode("律师法第四十九条", StandardCharsets.UTF_8));
        links.put("openapi", base + "/v3/api-docs");
        links.put("ui", base + "/swagger-ui.html");
        links.put("void", base + "/.well-known/void");
        links.put("dumps", base + "/dumps/");
        links.put("health", base + "/actuator/health");
        links.put("metrics", base + "/actuator/prometheus");
        store.fusekiEndpoint().ifPresent(f -> links.put("fuseki", f));
        return links;
    }
}
