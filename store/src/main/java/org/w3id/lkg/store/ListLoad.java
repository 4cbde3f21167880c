package org.w3id.lkg.store;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.w3id.lkg.store.tdb.StoreSize;
import org.w3id.lkg.store.tdb.TdbListLoader;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * "Load these lists into this store": {@code ListLoad.into(store).lists(files).statutes(library).run()}.
 *
 * <p>The one call behind {@code lkg load} and the query service's seed loading, so both read, validate, stage, swap
 * and (for TDB2, when asked) compact the same way. Each list is read by {@link PowerListIngest} and validated (by
 * default with the ontology's shapes); consecutive lists are committed together in batches of up to
 * {@link #BATCH_BYTES} of input files ({@link ListLoader#loadBatch}: each list whole or as it was), and the ontology
 * graph is rewritten with the first batch (see {@link ListLoader}). A list's failure is an outcome in the result, not
 * an exception; a store that fails while compacting throws {@link StoreException}.
 */
public final class ListLoad {
    /**
     * Default input per write transaction: 16 MiB of list files (about 150 seed-sized lists, 1.5 million triples). The
     * batch's quads wait in memory until its commit (about 50 bytes each, 80 MiB for such a batch; the lists' graphs
     * go as soon as their quads are taken), so memory is bounded by the batch, not the input. Fewer, larger
     * transactions mean fewer commits and less copy-on-write garbage: at 1000x the seed, 16 MiB batches loaded in 94 s
     * into a 4.0 GB store, where 1 MiB batches took 233 s (a 12.8 GB store, then compacted); at 100x both take 16 s.
     */
    public static final long BATCH_BYTES = 16L << 20;

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
    private final boolean compactWhenWorthIt;
    private final long batchBytes;
    private final Consumer<StoreSize> onStoreSize;
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
        this.compactWhenWorthIt = b.compactWhenWorthIt;
        this.batchBytes = b.batchBytes;
        this.onStoreSize = b.onStoreSize;
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
        List<List<ListSource>> batches = batches();
        int total = lists.size();
        try (ListLoader loader = loader()) {
            int[] done = {0};
            LoadBatch.Result result = LoadBatch.runBatches(loader, batches, outcome -> {
                onOutcome.accept(outcome);
                done[0]++;
                // Mid-load compactions bound the disk a long load takes; batches end where they fall due.
                if (compactEvery > 0 && done[0] % compactEvery == 0 && done[0] < total) compact();
            });
            boolean loaded = result.count(LoadBatch.Status.LOADED) > 0;
            if (compactAfter && loaded) {
                compact();
            } else if (compactWhenWorthIt && loaded) {
                StoreSize size = store.size();
                onStoreSize.accept(size);
                if (size.worthCompacting()) compact();
            }
            return result;
        }
    }

    // Consecutive lists, up to batchBytes of files each (a larger file is a batch of its own), cut where a
    // compaction falls due; one list per batch when batching is off (batchBytes 0, an endpoint's default).
    private List<List<ListSource>> batches() {
        List<List<ListSource>> batches = new ArrayList<>();
        List<ListSource> batch = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < lists.size(); i++) {
            long size = fileSize(lists.get(i));
            boolean dueForCompaction = compactEvery > 0 && i % compactEvery == 0;
            if (!batch.isEmpty() && (bytes + size > batchBytes || dueForCompaction)) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(source(lists.get(i)));
            bytes += size;
        }
        if (!batch.isEmpty()) batches.add(batch);
        return batches;
    }

    // A file that cannot be sized is batched as if empty: its reader reports what is wrong with it.
    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
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
            // Editions need the graph being replaced still there to be archived, which transaction staging empties.
            if (staging != TdbListLoader.Staging.TRANSACTION) b.editions(new EditionCatalogue(iris.editionsGraph()), store.archive());
            return b.build();
        }
        return RemoteListLoader.builder().endpoint(endpoint).validator(validator).guard(guard)
                .ontology(iris.ontologyGraph(), ontology).build();
    }

    private void compact() {
        try {
            onCompacted.accept(store.compact());
            if (compactWhenWorthIt) onStoreSize.accept(store.size());
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
        private TdbListLoader.Staging staging = TdbListLoader.Staging.MEMORY; // default: validated in memory, written once
        private int compactEvery;                                      // default: never mid-batch
        private boolean compactAfter;                                  // default: leave the store uncompacted
        private boolean compactWhenWorthIt;                            // default: not even then
        private long batchBytes = -1;                                  // default: BATCH_BYTES into TDB2, 0 to an endpoint
        private Consumer<StoreSize> onStoreSize = size -> {};
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

        /** TDB2 only: compact once the load is done, if it loaded anything, whatever the store's garbage. */
        public Builder compactAfter(boolean compact) { this.compactAfter = compact; return this; }

        /**
         * TDB2 only: once the load is done, if it loaded anything, measure the store and compact it when its garbage
         * is large enough to matter ({@link StoreSize#worthCompacting()}); the size is told to {@link #onStoreSize}.
         */
        public Builder compactWhenWorthIt(boolean compact) { this.compactWhenWorthIt = compact; return this; }

        /**
         * Up to this many bytes of list files per write transaction (a larger file is a batch of its own); 0
         * commits each list on its own. Default: {@link #BATCH_BYTES} into TDB2; 0 to an endpoint, where a batch
         * is one PUT per list and one update that swaps them all ({@code RemoteListLoader.loadBatch}), so the
         * store must take a multi-list update as one transaction.
         */
        public Builder batchBytes(long bytes) {
            if (bytes < 0) throw new IllegalArgumentException("batchBytes is 0 or more, got " + bytes);
            this.batchBytes = bytes;
            return this;
        }

        /** Told the store's size when {@link #compactWhenWorthIt} measures it, and again after a compaction. */
        public Builder onStoreSize(Consumer<StoreSize> listener) { this.onStoreSize = Objects.requireNonNull(listener); return this; }

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
            if (store == null && (compactAfter || compactEvery > 0 || compactWhenWorthIt)) {
                throw new IllegalStateException("ListLoad compacts TDB2 stores only, not an endpoint");
            }
            if (ontology == null) ontology = OntologyResources.reference();
            if (batchBytes < 0) batchBytes = store == null ? 0 : BATCH_BYTES;
            return new ListLoad(this);
        }

        /** Builds and runs: {@code build().run()}. */
        public LoadBatch.Result run() { return build().run(); }
    }
}
