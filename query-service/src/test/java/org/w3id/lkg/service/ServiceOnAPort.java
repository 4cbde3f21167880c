package org.w3id.lkg.service;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3id.lkg.service.system.LkgStore;

/**
 * A service test against Spring on a real port over a store the subclass preloads: each test starts once the store is
 * ready, with {@link #http} pointed at the service. The subclass keeps its own {@code @SpringBootTest} and fixture.
 */
abstract class ServiceOnAPort {
    @LocalServerPort int port;
    @Autowired LkgStore store;
    Http http;

    @BeforeEach
    void ready() throws InterruptedException {
        http = new Http("http://localhost:" + port);
        StoreReady.await(store, Duration.ofSeconds(60));
    }
}
