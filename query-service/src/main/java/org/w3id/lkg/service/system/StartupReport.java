package org.w3id.lkg.service.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Prints where everything is once the service listens. */
@Component
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private final LkgStore store;

    StartupReport(LkgStore store) {
        this.store = store;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext w ? w.getWebServer().getPort() : -1;
        String base = "http://localhost:" + port;
        StringBuilder b = new StringBuilder("\n  lkg query service is up (").append(store.describe()).append(")\n")
                .append("  SPARQL endpoint   ").append(base).append("/sparql\n")
                .append("  canned queries    ").append(base).append("/api/queries\n")
                .append("  resolve           ").append(base).append("/api/resolve?ref=律师法第四十九条\n")
                .append("  OpenAPI / UI      ").append(base).append("/v3/api-docs  ").append(base).append("/swagger-ui.html\n")
                .append("  health, metrics   ").append(base).append("/actuator/health  ").append(base).append("/actuator/prometheus\n");
        store.fusekiEndpoint().ifPresent(f -> b.append("  embedded Fuseki   ").append(f).append('\n'));
        b.append("  store: ").append(store.state()).append(" — ").append(store.detail());
        log.info(b.toString());
    }
}
