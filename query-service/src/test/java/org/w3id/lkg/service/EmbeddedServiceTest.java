package org.w3id.lkg.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.lkg.service.system.LkgStore;

/**
 * The service in embedded mode, as {@code ./lkg serve} runs it: a fresh TDB2 store in a temporary folder, the seed
 * loaded on first start by the store stage, an embedded Fuseki on a free port, Tomcat on a random port. Subclasses
 * share one Spring context (same configuration), so the seed is loaded once for all of them. The query timeout is
 * short (2 s) so that the test of a query that never ends waits little; the seed's queries take milliseconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // no penalty for a cancelled query here: every test client is 127.0.0.1, and the slow-query tests are cancelled;
        // a long query is one past 500 ms, so that the governor acts well before the timeout
        properties = {"lkg.fuseki-port=0", "lkg.query-timeout=2s", "lkg.max-results=500", "lkg.long-query-penalty=0s",
                "lkg.long-query-after=500ms"})
abstract class EmbeddedServiceTest {
    static final String SEED = "000_9601f697a03374a4.txt";
    static final String LAWYERS_LAW_49 = "https://w3id.org/lkg/id/doc/lawyers-law/art/49";
    private static final Path STORE;
    private static final Path SEEDS;
    private static final Path DUMPS;

    static {
        try {
            Path root = Files.createTempDirectory("lkg-service-test");
            STORE = root.resolve("tdb2");
            SEEDS = Files.createDirectories(root.resolve("seeds"));
            DUMPS = root.resolve("dumps");
            Files.copy(Path.of("..", "seeds", SEED), SEEDS.resolve(SEED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("lkg.store", STORE::toString);
        registry.add("lkg.seeds", SEEDS::toString);
        registry.add("lkg.dumps", DUMPS::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    LkgStore store;

    Http http;

    @BeforeEach
    void waitForTheSeed() throws InterruptedException {
        http = new Http("http://localhost:" + port);
        StoreReady.await(store, Duration.ofSeconds(120));
    }
}
