package org.w3id.lkg.service;

import java.time.Duration;

import org.w3id.lkg.service.system.LkgStore;

/** Waits, in a test, until the service's store is READY (the seeds load in the background), failing if it fails. */
final class StoreReady {
    private StoreReady() {}

    static void await(LkgStore store, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (store.state() != LkgStore.State.READY && System.nanoTime() < deadline) {
            if (store.state() == LkgStore.State.FAILED) throw new AssertionError("the store failed: " + store.detail());
            Thread.sleep(50);
        }
        if (store.state() != LkgStore.State.READY) throw new AssertionError("the store is not ready: " + store.detail());
    }
}
