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
        StringBuilder b = new StringBuilder("\n  lkg query service is up (").append(store.describe()).append(")\n");
        ServiceLinks.of(base, store).forEach((name, url) -> b.append("  ").append("%-10s".formatted(name)).append(url).append('\n'));
        b.append("  store: ").append(store.state()).append(" — ").append(store.detail());
        log.info(b.toString());
    }
}
