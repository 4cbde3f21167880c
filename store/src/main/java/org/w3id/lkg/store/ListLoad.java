package org.w3id.lkg.store;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.lkg.ingest.FindingPolicy;
import org.w3id.lkg.ingest.PowerListIngest;
import org.w3id.lkg.ingest.statute.StatuteLibrary;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.OntologyResources;
import org.w3id.lkg.store.edition.EditionCatalogue;
import org.w3id.lkg.store.load.ListLoader;
import org.w3id.lkg.store.load.ListSource;
import org.w3id.lkg.store.load.ListValidator;
import org.w3id.lkg.store.load.LoadBatch;
import org.w3id.lkg.store.load.ReplacementGuard;
import org.w3id.lkg.store.remote.RemoteEndpoint;
import org.w3id.lkg.store.remote.RemoteListLoader;
import org.w3id.lkg.store.tdb.TdbListLoader;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * "Load these lists into this store": {@code ListLoad.into(store).lists(files).statutes(library).run()}.
 *
 * <p>The one call behind {@code lkg load} and the query service's seed loading, so both read, validate, stage, swap
 * and (for TDB2, when asked) compact the same way. Each list is read by {@link PowerListIngest}, validated (by default
 * with the ontology's shapes), and committed on its own; the ontology graph is rewritten with the first list (see
 * {@link ListLoader}). A list's failure is an outcome in the result, not an exception; a store that fails while
 * compacting throws {@link StoreException}.
 */
public final class ListLoad {
    private final TdbStore store;
    private final RemoteEndpoint endpoint;
    private final List<Path> lists;
    private final IriScheme iris;
    private final Charset encoding;
    private final StatuteLibrary statutes;
    private final FindingPolicy failOn;
    private final ReplacementGuard guard;
    private final ListValidator validator;
    private final Graph ontology;
    private final TdbListLoader.Staging staging;
    private final int compactEvery;
    private final boolean compactAfter;
    private final BiFunction<String, StreamRDF, StreamRDF> observer;
    private final Consumer<LoadBatch.Outcome> onOutcome;
    private final Consumer<Duration> onCompacted;

    private ListLoad(Builder b) {
        this.store = b.store;
        this.endpoint = b.endpoint;
        this.lists = List.copyOf(b.lists);
        this.iris = b.iris;
        this.encoding = b.encoding;
        this.statutes = b.statutes;
        this.validator = b.validator;
        this.ontology = b.ontology;
        this.staging = b.staging;
        this.failOn = b.failOn;
        this.guard = b.guard;
        this.compactEvery = b.compactEvery;
        this.compactAfter = b.compactAfter;
        this.observer = b.observer;
        this.onOutcome = b.onOutcome;
        this.onCompacted = b.onCompacted;
    }

    /** A load into an open TDB2 store, which stays open afterwards. */
    public static Builder into(TdbStore store) { return new Builder(Objects.requireNonNull(store, "store"), null); }

    /**
     * A load into a SPARQL 1.1 store by its dataset URL (Graph Store Protocol and Update), e.g.
     * {@code http://localhost:3030/lkg}.
     */
    public static Builder intoEndpoint(String datasetUrl) { return intoEndpoint(RemoteEndpoint.at(datasetUrl).build()); }

    /** A load into a SPARQL 1.1 store whose Graph Store Protocol or Update URL differ, or that asks for a user. */
    public static Builder intoEndpoint(RemoteEndpoint endpoint) { return new Builder(null, Objects.requireNonNull(endpoint, "endpoint")); }

    /**
     * Loads every list, in order, telling the outcome listener each one as it ends.
     *
     * @throws StoreException when a compaction fails (the lists loaded before it are committed)
     * @throws IllegalArgumentException when the endpoint is not an http(s) URL
     */
    public LoadBatch.Result run() {
        List<ListSource> sources = lists.stream().map(this::source).toList();
        try (ListLoader loader = loader()) {
            int[] done = {0};
            LoadBatch.Result result = LoadBatch.run(loader, sources, outcome -> {
                onOutcome.accept(outcome);
                done[0]++;
                // Mid-batch compactions bound the disk a long batch takes; see TdbStore.compact().
                if (compactEvery > 0 && done[0] % compactEvery == 0 && done[0] < sources.size()) compact();
            });
            if (compactAfter && result.count(LoadBatch.Status.LOADED) > 0) compact();
            return result;
        }
    }

    private ListSource source(Path file) {
        PowerListIngest ingest = PowerListIngest.builder().source(file).iris(iris).encoding(encoding).statutes(statutes)
                .failOn(failOn).build();
        ListSource source = ListSource.of(ingest, file);
        return observer == null ? source : source.observedBy(sink -> observer.apply(ingest.listKey(), sink));
    }

    private ListLoader loader() {
        if (store != null) {
            TdbListLoader.Builder b = TdbListLoader.builder().store(store).validator(validator).guard(guard).staging(staging)
                    .ontology(iris.ontologyGraph(), ontology);
            // Editions need the staging graph: the graph being replaced must still be there to be archived.
            if (staging == TdbListLoader.Staging.GRAPH) b.editions(new EditionCatalogue(iris.editionsGraph()), store.archive());
            return b.build();
        }
        return RemoteListLoader.builder().endpoint(endpoint).validator(validator).guard(guard)
                .ontology(iris.ontologyGraph(), ontology).build();
    }

    private void compact() {
        try {
            onCompacted.accept(store.compact());
        } catch (StoreException e) {
            throw new StoreException(e.getMessage() + " (the lists loaded so far are committed)", e);
        }
    }

    /** Configures a {@link ListLoad}; {@link #build()} checks that lists were given and that compaction fits the store. */
    public static final class Builder {
        private final TdbStore store;
        private final RemoteEndpoint endpoint;
        private List<Path> lists;
        private IriScheme iris = IriScheme.standard();                 // default: the w3id.org base
        private Charset encoding;                                      // default: detected per file
        private StatuteLibrary statutes;                               // default: none, citations not audited
        private FindingPolicy failOn = FindingPolicy.NEVER;            // default: findings never fail a list
        private ListValidator validator = OntologyResources::validate; // default: the ontology's SHACL shapes
        private ReplacementGuard guard = ReplacementGuard.STANDARD;    // default: a list may not gut the one it replaces
        private Graph ontology;                                        // default: OntologyResources.reference()
        private TdbListLoader.Staging staging = TdbListLoader.Staging.GRAPH;  // default: the design's staging graph
        private int compactEvery;                                      // default: never mid-batch
        private boolean compactAfter;                                  // default: leave the store uncompacted
        private BiFunction<String, StreamRDF, StreamRDF> observer;     // default: nothing watches the streams
        private Consumer<LoadBatch.Outcome> onOutcome = outcome -> {};
        private Consumer<Duration> onCompacted = took -> {};

        private Builder(TdbStore store, RemoteEndpoint endpoint) {
            this.store = store;
            this.endpoint = endpoint;
        }

        /** Required: the list files, each loaded into its own named graph (expand folders with PowerListFiles first). */
        public Builder lists(List<Path> files) { this.lists = List.copyOf(files); return this; }

        public Builder iris(IriScheme iris) { this.iris = Objects.requireNonNull(iris, "iris"); return this; }

        /** Forces the lists' encoding instead of detecting it; null to detect. */
        public Builder encoding(Charset encoding) { this.encoding = encoding; return this; }

        /** Audits every citation against these official texts (the problems become findings); null for none. */
        public Builder statutes(StatuteLibrary statutes) { this.statutes = statutes; return this; }

        /** What a list must keep of the graph it replaces; {@link ReplacementGuard#OFF} replaces whatever it holds. */
        public Builder guard(ReplacementGuard guard) { this.guard = Objects.requireNonNull(guard, "guard"); return this; }

        /** Findings of this severity or worse make a list invalid: it is not loaded (see {@link FindingPolicy}). */
        public Builder failOn(FindingPolicy policy) { this.failOn = Objects.requireNonNull(policy, "policy"); return this; }

        /** How each staged list is checked. */
        public Builder validator(ListValidator validator) { this.validator = Objects.requireNonNull(validator, "validator"); return this; }

        /** The ontology and concept schemes written into the ontology graph with the first list. */
        public Builder ontology(Graph ontology) { this.ontology = Objects.requireNonNull(ontology, "ontology"); return this; }

        /** TDB2 only: where a list is staged inside its transaction; see {@link TdbListLoader.Staging}. */
        public Builder staging(TdbListLoader.Staging staging) { this.staging = Objects.requireNonNull(staging, "staging"); return this; }

        /** TDB2 only: also compact after every {@code n} lists (0 or less: never mid-batch), to bound the disk a long batch takes. */
        public Builder compactEvery(int n) { this.compactEvery = n; return this; }

        /** TDB2 only: compact once the batch is done, if it loaded anything. */
        public Builder compactAfter(boolean compact) { this.compactAfter = compact; return this; }

        /**
         * Wraps each list's stream, given the list's key and the loader's sink: how progress is shown without the
         * loader knowing (see {@link org.w3id.lkg.store.load.ProgressStream}).
         */
        public Builder observedBy(BiFunction<String, StreamRDF, StreamRDF> observer) { this.observer = observer; return this; }

        /** Told each list's outcome as it ends, in order. */
        public Builder onOutcome(Consumer<LoadBatch.Outcome> listener) { this.onOutcome = Objects.requireNonNull(listener); return this; }

        /** Told how long each compaction took. */
        public Builder onCompacted(Consumer<Duration> listener) { this.onCompacted = Objects.requireNonNull(listener); return this; }

        public ListLoad build() {
            if (lists == null) throw new IllegalStateException("ListLoad needs the lists to load");
            if (store == null && (compactAfter || compactEvery > 0)) {
                throw new IllegalStateException("ListLoad compacts TDB2 stores only, not an endpoint");
            }
            if (ontology == null) ontology = OntologyResources.reference();
            return new ListLoad(this);
        }

        /** Builds and runs: {@code build().run()}. */
        public LoadBatch.Result run() { return build().run(); }
    }
}
