package org.w3id.lkg.store.fuseki;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * A Fuseki server over the store, dataset {@value #DATASET}: SPARQL query and Graph Store Protocol reads always,
 * SPARQL Update and Graph Store Protocol writes only when built with {@code allowUpdate(true)}.
 *
 * <p>The command {@code lkg fuseki} runs it on its own; the query service starts the same server in its JVM.
 * Queries over the default graph see the union of the named graphs (every list plus the ontology graph). Safe by
 * default: it listens on 127.0.0.1 unless a host is given, every query is cancelled after the query timeout, and no
 * query makes it call another host (SERVICE is off).
 */
public final class LkgFuseki implements AutoCloseable {
    /** The dataset's path on the server: {@code http://host:port/lkg}. */
    public static final String DATASET = "/lkg";

    private final FusekiServer server;
    private final TdbStore ownedStore;
    private final int requestedPort;
    private final String host;
    private boolean stopped;

    private LkgFuseki(FusekiServer server, TdbStore ownedStore, int port, String host) {
        this.server = server;
        this.requestedPort = port;
        this.ownedStore = ownedStore;
        this.host = host;
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
    public String datasetUrl() {
        boolean everywhere = host.equals("0.0.0.0") || host.equals("::") || host.equals("127.0.0.1") || host.equals("localhost");
        return "http://" + (everywhere ? "localhost" : host.contains(":") ? "[" + host + "]" : host) + ":" + port() + DATASET;
    }

    /** The address it listens on. */
    public String host() { return host; }

    // For tests: what each connector was configured with before start.
    java.util.List<String> connectorSettings() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) out.add(sc.getHost() + " " + sc.getConnectionFactory(HttpConnectionFactory.class)
                    .getHttpConfiguration().getOutputBufferSize());
        }
        return out;
    }

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

    /**
     * Bytes Jetty buffers per response before it writes them out. Fuseki 5.6.0 asks for 5 MiB on every response
     * (apache/jena#4084), and Jetty's pool keeps no buffer that large, so each response took fresh off-heap memory:
     * a minute of queries grew the process by gigabytes. 32 KiB is Jetty's own default.
     */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    /** Builds an {@link LkgFuseki}; {@code build()} opens the store, the server starts with {@link #start()}. */
    public static final class Builder {
        private Path store;
        private DatasetGraph dataset;
        private int port = 3030;             // default: Fuseki's usual port
        private boolean allowUpdate = false; // default: read-only, because the loader is the way data gets in
        private String host = "127.0.0.1";   // default: this machine only; publishing is a decision
        private Duration queryTimeout = Duration.ofSeconds(30);  // default: as the query service's
        private boolean requestLog = false;  // default: no line per request
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

        /** The address to listen on: {@code 127.0.0.1} (the default), {@code 0.0.0.0} for every interface, or one. */
        public Builder host(String host) {
            if (host == null || host.isBlank()) throw new IllegalArgumentException("a host address is needed, e.g. 127.0.0.1 or 0.0.0.0");
            this.host = host.strip();
            return this;
        }

        /** Every query still running after this is cancelled (Fuseki answers 503). */
        public Builder queryTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero())
                throw new IllegalArgumentException("the query timeout must be positive, got " + timeout);
            this.queryTimeout = timeout;
            return this;
        }

        /** Logs one line per request (Fuseki's action log). */
        public Builder requestLog(boolean log) { this.requestLog = log; return this; }

        /** @throws StoreException when the folder holds no store, another one, or a locked one */
        public LkgFuseki build() {
            if (store == null && dataset == null) throw new IllegalStateException("LkgFuseki needs a store or a dataset");
            TdbStore owned = store == null ? null : createStore ? TdbStore.openOrCreate(store) : TdbStore.openExisting(store);
            DatasetGraph dsg = owned == null ? Objects.requireNonNull(dataset) : owned.dataset();
            // Set here too for datasets opened elsewhere: the union default graph is a runtime setting, not stored.
            // So are the timeout and the refusal of SERVICE, which Fuseki's query engine reads from the dataset.
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            dsg.getContext().set(Service.httpServiceAllowed, false);
            try {
                FusekiServer server = FusekiServer.create()
                        .port(port)
                        .verbose(requestLog)
                        .add(DATASET, dsg, allowUpdate)
                        .build();
                for (Connector c : server.getJettyServer().getConnectors()) {
                    if (!(c instanceof ServerConnector connector)) continue;
                    connector.setHost(host);
                    HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                    if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                }
                return new LkgFuseki(server, owned, port, host);
            } catch (RuntimeException e) {
                if (owned != null) owned.close();
                throw e;
            }
        }
    }
}
