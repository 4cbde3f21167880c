package org.w3id.lkg.service.system;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.w3id.lkg.ingest.PowerListFiles;
import org.w3id.lkg.ingest.statute.StatuteLibrary;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.sparql.SparqlSource;
import org.w3id.lkg.store.ListEditions;
import org.w3id.lkg.store.ListLoad;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.fuseki.LkgFuseki;
import org.w3id.lkg.store.load.LoadBatch;
import org.w3id.lkg.store.load.ProgressStream;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * The embedded mode: a TDB2 store in a folder, queried in this JVM, served beside the service by an embedded Fuseki
 * on its own port. On the first start (the store holds no list graph yet) the seeds are loaded in the background
 * through the store stage's one call, {@link ListLoad}; until that finishes the store is LOADING and health is not UP.
 * Opens before the web server starts (phase 0) so that a locked or foreign folder stops the service at once.
 */
final class EmbeddedStore implements LkgStore, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);
    /**
     * How long resolver lookups are remembered. Only this process writes the store (TDB2 locks it) and every load
     * here starts a fresh cache, so the limit only bounds staleness should that ever change.
     */
    private static final java.time.Duration LOOKUP_TTL = java.time.Duration.ofMinutes(10);
    /** How long stopping waits for a first seed load to commit. */
    private static final java.time.Duration STOP_WAIT = java.time.Duration.ofSeconds(60);

    /** Progress lines of a load, each logged as it is written. */
    private static final PrintWriter PROGRESS = new PrintWriter(new Writer() {
        private final StringBuilder line = new StringBuilder();

        @Override
        public synchronized void write(char[] chars, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (chars[i] == '\n') {
                    log.info("{}", line);
                    line.setLength(0);
                } else if (chars[i] != '\r') {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }, true);

    private final LkgProperties properties;
    private final IriScheme iris = IriScheme.standard();
    private volatile TdbStore store;
    private volatile LkgFuseki fuseki;
    private volatile SparqlSource source;
    private volatile SparqlSource lookups;
    private volatile Thread loader;
    private volatile State state = State.STARTING;
    private volatile String detail = "opening " + "the store";
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    EmbeddedStore(LkgProperties properties) {
        this.properties = properties;
    }

    @Override
    public void start() {
        Path folder = properties.store().toAbsolutePath().normalize();
        TdbStore store = TdbStore.openOrCreate(folder);
        this.store = store;
        DatasetGraph dsg = store.dataset();
        source = SparqlSource.of(dsg);
        lookups = SparqlSource.cached(source, LOOKUP_TTL);
        if (properties.fusekiPort() >= 0) {
            fuseki = LkgFuseki.builder().dataset(dsg).port(properties.fusekiPort()).host(properties.host())
                    .queryTimeout(properties.queryTimeout()).build().start();
            log.info("embedded Fuseki serves {} at {}", folder, fusekiEndpoint().orElseThrow());
        }
        // Every start looks at the seeds: a list whose bytes changed since its current edition is loaded as a new
        // edition, the same bytes change nothing, and the report says which. A store that holds lists answers queries
        // meanwhile; an empty one is LOADING until its first seeds are in.
        String opened = hasLists(dsg) ? "store " + folder + " opened with " + listGraphs(dsg) + " list graph(s)" : null;
        if (opened != null) {
            ready(opened + "; checking the seeds in " + properties.seeds().toAbsolutePath().normalize() + " for new editions");
        } else {
            state = State.LOADING;
            detail = "loading the seeds from " + properties.seeds().toAbsolutePath().normalize();
        }
        loader = new Thread(() -> loadSeeds(store, opened), "lkg-seed-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void loadSeeds(TdbStore store, String opened) {
        try {
            List<Path> files = PowerListFiles.in(properties.seeds());
            if (files.isEmpty()) {
                ready(opened != null ? opened + "; no seed lists in " + properties.seeds().toAbsolutePath().normalize()
                        : "no seed lists in " + properties.seeds().toAbsolutePath().normalize() + "; the store is empty");
                return;
            }
            StatuteLibrary statutes = properties.statutes() == null ? null : StatuteLibrary.read(properties.statutes());
            if (statutes != null) log.info("seeds: {}", statutes.summary());
            LoadBatch.Result result = ListLoad.into(store).lists(files).iris(iris).statutes(statutes)
                    .onOutcome(o -> log.info("seeds: from {} at {}: {}", properties.seeds().toAbsolutePath().normalize(), java.time.Instant.now(), o.line()))
                    .run();
            log.info("seeds: {}", result.line());
            String failure = result.firstFailure() == null ? "" : "; first failure: " + result.firstFailure().line();
            // With lists already in the store a seed that fails (invalid, or one that would gut its list) leaves the
            // previous edition answering; only a store left with nothing at all is FAILED.
            if (opened != null) ready(opened + "; seeds: " + result.line() + failure);
            else if (result.outcomes().stream().noneMatch(o -> o.status().succeeded())) fail(result.line() + failure);
            else ready(result.line());
        } catch (RuntimeException e) {
            log.error("seeds: loading failed", e);
            if (opened != null) ready(opened + "; the seeds could not be checked: " + e.getMessage());
            else fail("loading the seeds failed: " + e.getMessage());
        }
    }

    // A list graph is any named graph but the ontology graph and the catalogue of editions.
    private boolean hasLists(DatasetGraph dsg) { return listGraphs(dsg) > 0; }

    private long listGraphs(DatasetGraph dsg) {
        String ontologyGraph = iris.ontologyGraph(), editionsGraph = iris.editionsGraph();
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (!g.isURI() || !g.getURI().equals(ontologyGraph) && !g.getURI().equals(editionsGraph)) n++;
            }
            return n;
        });
    }

    private void ready(String why) {
        lookups = SparqlSource.cached(source, LOOKUP_TTL);   // a fresh cache: what was looked up while loading is stale
        detail = why;
        state = State.READY;
        changes.incrementAndGet();
    }

    private void fail(String why) {
        detail = why;
        state = State.FAILED;
    }

    @Override
    public void stop() {
        // A first load holds a write transaction; the store cannot be released under it. Give it time to commit.
        Thread l = loader;
        if (l != null && l.isAlive()) {
            log.info("waiting for the seed load to finish before closing the store");
            try {
                l.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fuseki != null) fuseki.stop();
        if (store != null) {
            try {
                store.close();
            } catch (RuntimeException e) {
                log.warn("the store was not released cleanly ({}); TDB2 recovers it on the next start", e.getMessage());
            }
        }
        loader = null;
        fuseki = null;
        store = null;
        state = State.STARTING;
        detail = "stopped";
    }

    @Override
    public boolean isRunning() { return store != null; }

    @Override
    public int getPhase() { return 0; }

    @Override
    public SparqlSource source() {
        SparqlSource s = source;
        if (s == null) throw new StoreNotReadyException("the store is not open");
        return s;
    }

    @Override
    public SparqlSource lookups() {
        SparqlSource l = lookups;
        if (l == null) throw new StoreNotReadyException("the store is not open");
        return l;
    }

    @Override
    public State state() { return state; }

    // Every commit here is followed by a count of changes (see ready, load, retire), so that count is the version of
    // the data; while the seeds load in the background their commits come one by one, so there is none.
    @Override
    public Object dataVersion() {
        Thread l = loader;
        return state != State.READY || l != null && l.isAlive() ? null : changes.get();
    }

    @Override
    public String detail() { return detail; }

    @Override
    public Optional<TdbStore> tdb() { return Optional.ofNullable(store); }

    // One write at a time (TDB2 has one writer); readers go on meanwhile and see the new edition once it commits.
    @Override
    public synchronized LoadBatch.Outcome load(Path file) {
        requireReady();
        StatuteLibrary statutes = properties.statutes() == null ? null : StatuteLibrary.read(properties.statutes());
        // a large list takes a while: its progress goes to the log every 0.5 s, so an operator sees a load under way
        LoadBatch.Result result = ListLoad.into(store).lists(List.of(file)).iris(iris).statutes(statutes)
                .observedBy((listKey, sink) -> ProgressStream.asLines(sink, "loading " + listKey, PROGRESS)).run();
        lookups = SparqlSource.cached(source, LOOKUP_TTL);   // what was looked up before the load may be stale
        changes.incrementAndGet();
        return result.outcomes().get(0);
    }

    @Override
    public synchronized Edition retire(String key) {
        requireReady();
        try {
            Edition retired = ListEditions.of(store, iris).retire(key);
            lookups = SparqlSource.cached(source, LOOKUP_TTL);
            changes.incrementAndGet();
            return retired;
        } catch (StoreException e) {
            if (e.getMessage().startsWith("no list ")) throw new ApiException(org.springframework.http.HttpStatus.NOT_FOUND, e.getMessage());
            throw e;
        }
    }

    @Override
    public long changes() { return changes.get(); }

    @Override
    public String describe() { return "TDB2 store " + properties.store().toAbsolutePath().normalize(); }

    @Override
    public Optional<String> fusekiEndpoint() {
        LkgFuseki f = fuseki;
        return f == null ? Optional.empty() : Optional.of(f.datasetUrl() + "/sparql");
    }
}
