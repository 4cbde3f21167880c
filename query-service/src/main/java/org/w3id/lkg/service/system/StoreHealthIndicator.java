package org.w3id.lkg.service.system;

import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} is UP only once the store is open and loaded (embedded) or answers (remote). */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {
    private final LkgStore store;

    StoreHealthIndicator(LkgStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        Health.Builder b = switch (store.state()) {
            case READY -> Health.up();
            case STARTING, LOADING -> Health.outOfService();
            case FAILED -> Health.down();
        };
        if (store.state() == LkgStore.State.READY && store instanceof RemoteStore remote) {
            Optional<String> failure = remote.ping();
            if (failure.isPresent()) b = Health.down().withDetail("error", failure.get());
        }
        b.withDetail("store", store.describe()).withDetail("state", store.state().name()).withDetail("detail", store.detail());
        Optional<String> fuseki = store.fusekiEndpoint();
        if (fuseki.isPresent()) b.withDetail("fuseki", fuseki.get());
        return b.build();
    }
}
