package org.w3id.lkg.store.fuseki;

import java.net.BindException;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * A Fuseki server over the store, dataset {@value #DATASET}: SPARQL query and Graph Store Protocol reads always,
 * SPARQL Update and Graph Store Protocol writes only when built with {@code allowUpdate(true)}.
 *
 * <p>The command {@code lkg fuseki} runs it on its own; the query service starts the same server in its JVM.
 * Queries over the default graph see the union of the named graphs (every list plus the ontology graph).
 */
public final class LkgFuseki implements AutoCloseable {
    /** The dataset's path on the server: {@code http://host:port/lkg}. */
    public static final String DATASET = "/lkg";

    private final FusekiServer server;
    private final TdbStore ownedStore;
    private final int requestedPort;
    private boolean stopped;

    private LkgFuseki(FusekiServer server, TdbStore ownedStore, int port) {
        this.server = server;
        this.requestedPort = port;
        this.ownedStore = ownedStore;
    }

    public static Builder builder() { return new Builder(); }

    /**
     * Starts listening; returns this for chaining.
     *
     * @throws IllegalArgumentException when the port is taken (the store is released again)
     */
    public LkgFuseki start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            if (ownedStore != null) ownedStore.close();
            if (causedBy(e, BindException.class)) {
                throw new IllegalArgumentException("port " + requestedPort + " is in use: choose another one", e);
            }
            throw e;
        }
        return this;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    /** The port it listens on: the one asked for, or the one the system chose for port 0. */
    public int port() { return server.getHttpPort(); }

    /** The dataset URL on this machine, e.g. {@code http://localhost:3030/lkg}. */
    public String datasetUrl() { return "http://localhost:" + port() + DATASET; }

    /** Blocks until the server stops. */
    public void join() { server.join(); }

    /** Stops the server and, when it opened the store itself, releases the store; a second call does nothing. */
    public synchronized void stop() {
        if (stopped) return;
        stopped = true;
        server.stop();
        if (ownedStore != null) ownedStore.close();
    }

    @Override
    public void close() { stop(); }

    /** Builds an {@link LkgFuseki}; {@code build()} opens the store, the server starts with {@link #start()}. */
    public static final class Builder {
        private Path store;
        private DatasetGraph dataset;
        private int port = 3030;             // default: Fuseki's usual port
        private boolean allowUpdate = false; // default: read-only, because the loader is the way data gets in
        private boolean loopback = false;    // default: all interfaces, as Fuseki itself does
        private boolean createStore = false; // default: serving a store that is not there is a mistake

        /** The TDB2 store folder to serve; it must exist unless {@link #createStore} is set. */
        public Builder store(Path folder) { this.store = folder; this.dataset = null; return this; }

        /** Creates the store when the folder holds none (a server that others load into over HTTP). */
        public Builder createStore(boolean create) { this.createStore = create; return this; }

        /** An already-open dataset (say, one the query service opened); it stays open after {@link #stop()}. */
        public Builder dataset(DatasetGraph dataset) { this.dataset = dataset; this.store = null; return this; }

        /** The port; 0 asks the system for a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("not a port: " + port + " (expected 0–65535)");
            this.port = port;
            return this;
        }

        public Builder allowUpdate(boolean allowUpdate) { this.allowUpdate = allowUpdate; return this; }

        /** Listen on the loopback interface only. */
        public Builder loopback(boolean loopback) { this.loopback = loopback; return this; }

        /** @throws StoreException when the folder holds no store, another one, or a locked one */
        public LkgFuseki build() {
            if (store == null && dataset == null) throw new IllegalStateException("LkgFuseki needs a store or a dataset");
            TdbStore owned = store == null ? null : createStore ? TdbStore.openOrCreate(store) : TdbStore.openExisting(store);
            DatasetGraph dsg = owned == null ? Objects.requireNonNull(dataset) : owned.dataset();
            // Set here too for datasets opened elsewhere: the union default graph is a runtime setting, not stored.
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            try {
                FusekiServer server = FusekiServer.create()
                        .port(port)
                        .loopback(loopback)
                        .add(DATASET, dsg, allowUpdate)
                        .build();
                return new LkgFuseki(server, owned, port);
            } catch (RuntimeException e) {
                if (owned != null) owned.close();
                throw e;
            }
        }
    }
}
