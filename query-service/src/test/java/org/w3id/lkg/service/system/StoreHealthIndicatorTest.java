package org.w3id.lkg.service.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.w3id.lkg.sparql.SparqlSource;

/** Health follows the store: not UP while it opens or loads, DOWN when it failed. */
class StoreHealthIndicatorTest {
    @Test
    void upOnlyWhenReady() {
        assertEquals(Status.OUT_OF_SERVICE, health(LkgStore.State.STARTING));
        assertEquals(Status.OUT_OF_SERVICE, health(LkgStore.State.LOADING));
        assertEquals(Status.DOWN, health(LkgStore.State.FAILED));
        assertEquals(Status.UP, health(LkgStore.State.READY));
    }

    private static Status health(LkgStore.State state) {
        LkgStore store = new LkgStore() {
            @Override public SparqlSource source() { throw new UnsupportedOperationException(); }
            @Override public SparqlSource lookups() { throw new UnsupportedOperationException(); }
            @Override public State state() { return state; }
            @Override public String detail() { return "test"; }
            @Override public String describe() { return "test store"; }
            @Override public Optional<String> fusekiEndpoint() { return Optional.empty(); }
        };
        return new StoreHealthIndicator(store).health().getStatus();
    }
}
