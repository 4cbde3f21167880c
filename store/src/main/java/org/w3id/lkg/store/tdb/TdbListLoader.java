package org.w3id.lkg.store.tdb;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DataBag;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.tdb2.TDBException;
import org.w3id.lkg.ingest.IngestReport;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.edition.EditionArchive;
import org.w3id.lkg.store.edition.EditionCatalogue;
import org.w3id.lkg.store.load.CountingStream;
import org.w3id.lkg.store.load.InvalidListException;
import org.w3id.lkg.store.load.ListCounts;
import org.w3id.lkg.store.load.ListLoader;
import org.w3id.lkg.store.load.ListSource;
import org.w3id.lkg.store.load.ListValidator;
import org.w3id.lkg.store.load.LoadBatch;
import org.w3id.lkg.store.load.LoadSummary;
import org.w3id.lkg.store.load.ReplacementGuard;

/**
 * Loads lists into a TDB2 store: each list is validated and swapped in within one write transaction, alone or with
 * the other lists of its batch.
 *
 * <p>By default ({@link Staging#MEMORY}) a list is read and validated in memory, and its triples are written into
 * TDB2 once, in the write transaction that archives the edition it replaces and removes the old graph; a batch of
 * lists shares that transaction. In the other modes a list is staged inside TDB2, one transaction per list. Either
 * way nothing of a list is committed until it is whole: a validation failure, a bad input, a store error or a killed
 * process leaves every graph as it was, and the shapes see exactly the new triples and nothing of the old ones.
 */
public final class TdbListLoader implements ListLoader {
    /** Where a list is staged inside the write transaction. */
    public enum Staging {
        /**
         * In memory: the list is read into a graph of its own outside any transaction and validated there (the
         * cheapest place: no B+tree under the shapes), then written once into its graph inside the write transaction
         * that replaces the old one. Lists of a batch ({@link #loadBatch}) share one transaction, so they cost one
         * commit and leave one transaction's copy-on-write garbage. Memory holds one batch of lists at a time.
         */
        MEMORY,
        /**
         * A graph of its own ({@code <list graph>/staging}), moved onto the list's graph once it conforms: the
         * design's staging graph, spelled out in the store.
         */
        GRAPH,
        /**
         * The list's own graph, emptied first: the uncommitted transaction is the staging area. Readers see the
         * same as with {@link #GRAPH} (the old graph until commit) and nothing is copied and deleted again; in
         * bench/store it was not faster end to end, because reading, validating and committing dominate.
         */
        TRANSACTION
    }

    /** Quads the staging move keeps in memory before it spills to a temporary file. */
    static final int MOVE_BATCH = 50_000;
    private static final Var S = Var.alloc("s"), P = Var.alloc("p"), O = Var.alloc("o");

    private final TdbStore ownedStore;
    private final DatasetGraph dataset;
    private final String target;
    private final ListValidator validator;
    private final ReplacementGuard guard;
    private final Graph ontology;
    private final Node ontologyGraph;
    private final Staging staging;
    private final int moveBatch;
    private final EditionCatalogue catalogue;
    private final EditionArchive archive;
    private final Consumer<String> writing;
    private ExecutorService reader;
    private ExecutorService indexWriters;
    private boolean ontologyWritten;

    private TdbListLoader(Builder b, TdbStore owned, DatasetGraph dataset, String target) {
        this.ownedStore = owned;
        this.dataset = dataset;
        this.target = target;
        this.validator = b.validator;
        this.guard = b.guard;
        this.ontology = b.ontology;
        this.ontologyGraph = b.ontologyGraphIri == null ? null : NodeFactory.createURI(b.ontologyGraphIri);
        this.staging = b.staging;
        this.moveBatch = b.moveBatch;
        this.catalogue = b.catalogue;
        this.archive = b.archive;
        this.writing = b.writing;
    }

    public static Builder builder() { return new Builder(); }

    @Override
    public String target() { return target; }

    @Override
    public LoadSummary load(ListSource list) {
        if (staging == Staging.MEMORY) {
            LoadBatch.Outcome outcome = loadBatch(List.of(list)).get(0);
            if (outcome.failure() != null) throw outcome.failure();
            return outcome.summary();
        }
        long start = System.nanoTime();
        try {
            dataset.begin(TxnType.WRITE);
        } catch (TDBException | DBOpEnvException | JenaTransactionException e) {
            throw new StoreException("cannot start a write transaction on " + target + ": " + e.getMessage(), e);
        }
        Staged staged;
        try {
            staged = stageValidateSwap(list);
            dataset.commit();
        } catch (TDBException | DBOpEnvException | JenaTransactionException | RuntimeIOException e) {
            abortQuietly();
            throw new StoreException("the store " + target + " failed while loading " + list.listKey() + ": "
                    + e.getMessage() + " (nothing of this list was committed)", e);
        } catch (RuntimeException | Error e) {
            abortQuietly();
            throw e;
        } finally {
            dataset.end();
        }
        ontologyWritten = true;
        return new LoadSummary(list.listKey(), list.graphIri(), staged.report(), staged.triples(),
                Duration.ofNanos(System.nanoTime() - start), staged.edition(), staged.unchanged());
    }

    /**
     * With {@link Staging#MEMORY}, the whole batch in one write transaction. Each list is read and validated in
     * memory on a thread of its own (a list that cannot be read or does not conform is reported and left out), while
     * this thread writes the lists read before it: in the transaction each is checked against the guard and written
     * once. A store failure or a kill before the commit leaves every list of the batch as it was. Other staging modes
     * load the lists one by one.
     */
    @Override
    public List<LoadBatch.Outcome> loadBatch(List<ListSource> lists) {
        if (staging != Staging.MEMORY) return ListLoader.super.loadBatch(lists);
        // A graph written twice in one transaction would get both lists' quads: the quads reach the indexes only at
        // the flush, so the second removeGraph cannot see the first's. A repeated graph starts a transaction of its own.
        Set<String> graphs = new HashSet<>();
        for (int i = 0; i < lists.size(); i++) {
            if (!graphs.add(lists.get(i).graphIri())) {
                List<LoadBatch.Outcome> outcomes = new ArrayList<>(loadBatch(lists.subList(0, i)));
                boolean storeFailed = outcomes.stream().anyMatch(o -> o.status() == LoadBatch.Status.STORE_FAILED);
                outcomes.addAll(storeFailed ? lists.subList(i, lists.size()).stream().map(LoadBatch::notAttempted).toList()
                        : loadBatch(lists.subList(i, lists.size())));
                return outcomes;
            }
        }
        LoadBatch.Outcome[] outcomes = new LoadBatch.Outcome[lists.size()];
        ReadWindow reads = new ReadWindow(lists);
        try {
            writeBatch(lists, reads, outcomes);
        } finally {
            reads.cancelRest();   // after a failure, nothing more is read for this batch
        }
        return Arrays.asList(outcomes);
    }

    // How many lists the reader may have read that the writer has not taken yet: each waits in memory as a graph
    // (about 2 MB for a list of the seed's size), so a batch of any size holds at most this many at once.
    private static final int READ_AHEAD = 8;

    /** A batch's reads on the reader thread, started at most {@link #READ_AHEAD} lists ahead of the one taken. */
    private final class ReadWindow {
        private final List<ListSource> lists;
        private final List<Future<Read>> reads = new ArrayList<>();

        ReadWindow(List<ListSource> lists) { this.lists = lists; }

        /** List {@code index}'s read, once started; the window forgets it, so its graph goes when the caller's does. */
        Future<Read> take(int index) {
            while (reads.size() < Math.min(lists.size(), index + 1 + READ_AHEAD)) {
                ListSource list = lists.get(reads.size());
                reads.add(reader().submit(() -> read(list)));
            }
            return reads.set(index, null);
        }

        void cancelRest() {
            for (Future<Read> read : reads) if (read != null) read.cancel(true);
        }
    }

    // One thread reads ahead of the writer: reading and the shapes cost as much as the writes, and cores are two.
    private synchronized ExecutorService reader() {
        if (reader == null) {
            reader = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "lkg-list-reader");
                t.setDaemon(true);
                return t;
            });
        }
        return reader;
    }

    // The batch's quad indexes are written in parallel, a thread per core: the writes are most of a load's work.
    private synchronized ExecutorService indexWriters() {
        if (indexWriters == null) {
            AtomicInteger n = new AtomicInteger();
            indexWriters = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
                Thread t = new Thread(task, "lkg-index-writer-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return indexWriters;
    }

    /** One list read into memory and validated: its triples, what the reader reported and how long it took. */
    private record Read(ListSource list, Graph graph, IngestReport report, long triples, long nanos) {}

    private Read read(ListSource list) {
        long start = System.nanoTime();
        Graph graph = GraphMemFactory.createDefaultGraph();
        CountingStream counter = new CountingStream(StreamRDFLib.graph(graph));
        counter.start();
        IngestReport report = list.streamTo(counter);
        counter.finish();
        ValidationReport validation = validator.validate(graph);
        if (!validation.conforms()) throw new InvalidListException(list.listKey(), validation);
        return new Read(list, graph, report, counter.triples(), System.nanoTime() - start);
    }

    // A list's read, or its failure as an outcome (null then); a failure that is no list's outcome is thrown.
    private static Read awaitRead(Future<Read> read, ListSource list, LoadBatch.Outcome[] outcomes, int index) {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                outcomes[index] = LoadBatch.failed(list.listKey(), failure);
                return null;
            }
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while loading " + list.listKey() + " (nothing of its batch was committed)", e);
        }
    }

    // One write transaction, begun with the first list read: guard, then the edition (or unchanged), removeGraph,
    // add once; committed after the last list, aborted when nothing was written.
    private void writeBatch(List<ListSource> lists, ReadWindow reads, LoadBatch.Outcome[] outcomes) {
        boolean begun = false;
        List<LoadSummary> written = new ArrayList<>(lists.size());
        List<Integer> writtenAt = new ArrayList<>(lists.size());   // each written list's place in the batch
        IndexOrderedWrite quads = null;
        try {
            for (int i = 0; i < lists.size(); i++) {
                Read r = awaitRead(reads.take(i), lists.get(i), outcomes, i);
                if (r == null) continue;
                if (!begun) {
                    begin();
                    begun = true;
                    quads = new IndexOrderedWrite(dataset, indexWriters());
                }
                ListSource list = r.list();
                try {
                    guard.check(list.listKey(), ListCounts.of(dataset.getGraph(NodeFactory.createURI(list.graphIri()))),
                            ListCounts.of(r.graph()));
                } catch (InvalidListException e) {
                    outcomes[i] = LoadBatch.failed(list.listKey(), e);
                    continue;
                }
                if (written.isEmpty() && !ontologyWritten) replaceOntology();
                written.add(write(r, quads));
                writtenAt.add(i);
            }
            if (!begun) return;
            if (written.isEmpty()) {
                dataset.abort();   // every list refused: not even the ontology graph changes
                return;
            }
            long flushing = System.nanoTime();
            quads.flush();
            dataset.commit();
            // The batch's index writes and commit are every list's: each list is told its share.
            Duration share = Duration.ofNanos((System.nanoTime() - flushing) / written.size());
            written.replaceAll(w -> new LoadSummary(w.listKey(), w.graphIri(), w.ingest(), w.triples(),
                    w.elapsed().plus(share), w.edition(), w.unchanged()));
        } catch (StoreException | TDBException | DBOpEnvException | JenaTransactionException | RuntimeIOException e) {
            if (begun) abortQuietly();
            String message = e instanceof StoreException ? e.getMessage() : "the store " + target + " failed: " + e.getMessage();
            for (int i = 0; i < lists.size(); i++) {
                if (outcomes[i] != null) continue;
                outcomes[i] = LoadBatch.failed(lists.get(i).listKey(), new StoreException(message + " (nothing of "
                        + lists.get(i).listKey() + (lists.size() > 1 ? " or of its batch" : "") + " was committed)", e));
            }
            return;
        } catch (RuntimeException | Error e) {
            if (begun) abortQuietly();
            throw e;
        } finally {
            if (begun) dataset.end();
        }
        ontologyWritten = true;
        for (int w = 0; w < written.size(); w++) outcomes[writtenAt.get(w)] = LoadBatch.ended(written.get(w));
    }

    private void begin() {
        try {
            dataset.begin(TxnType.WRITE);
        } catch (TDBException | DBOpEnvException | JenaTransactionException e) {
            throw new StoreException("cannot start a write transaction on " + target + ": " + e.getMessage(), e);
        }
    }


    // Inside the batch's transaction: the same bytes change nothing; else archive the edition replaced, remove it and
    // hand the list's triples to the batch's index-ordered write.
    private LoadSummary write(Read r, IndexOrderedWrite quads) {
        long start = System.nanoTime();
        ListSource list = r.list();
        Node graph = NodeFactory.createURI(list.graphIri());
        Edition same = catalogue == null ? null : sameEdition(list);
        if (same != null) {
            return new LoadSummary(list.listKey(), list.graphIri(), r.report(), r.triples(),
                    Duration.ofNanos(r.nanos() + System.nanoTime() - start), same, true);
        }
        Edition edition = newEdition(list, graph, ListCounts.of(dataset.getGraph(graph)));
        dataset.removeGraph(graph);   // removeGraph, not deleteAny: see move()
        writing.accept(list.listKey());
        quads.add(graph, r.graph());
        return new LoadSummary(list.listKey(), list.graphIri(), r.report(), r.triples(),
                Duration.ofNanos(r.nanos() + System.nanoTime() - start), edition, false);
    }

    /** What a list's staging produced: the reader's report, the triples written and the edition they make. */
    private record Staged(IngestReport report, long triples, Edition edition, boolean unchanged) {}

    // The current edition when it was loaded from the same bytes: then the load changes nothing.
    private Edition sameEdition(ListSource list) {
        String sha = list.sha256();
        return catalogue.current(dataset, list.graphIri()).filter(e -> e.hasContent(sha)).orElse(null);
    }

    // Keeps the graph being replaced in the archive (its own transaction, committed first: a load killed after it
    // leaves a copy the next load writes again) and records the new edition in this one.
    private Edition newEdition(ListSource list, Node graph, ListCounts current) {
        if (catalogue == null) return null;
        Edition previous = catalogue.current(dataset, list.graphIri()).orElse(null);
        int latest = catalogue.latestNumber(dataset, list.graphIri());
        if (previous == null && latest == 0 && current.items() + current.citations() > 0) {
            // A graph loaded before the store kept editions: it becomes edition 1, of unknown file and bytes.
            previous = new Edition(list.graphIri(), 1, null, null, null, null);
            catalogue.record(dataset, previous);
            latest = 1;
        }
        if (previous != null) archive.keep(list.graphIri(), previous.number(), dataset.getGraph(graph));
        Edition next = new Edition(list.graphIri(), latest + 1, list.sourceName(), list.sha256(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), null);
        catalogue.record(dataset, next);
        return next;
    }

    // Everything between begin and commit; any exception here aborts the transaction.
    private Staged stageValidateSwap(ListSource list) {
        Node graph = NodeFactory.createURI(list.graphIri());
        Node stage = staging == Staging.GRAPH ? NodeFactory.createURI(list.graphIri() + "/staging") : graph;
        if (!ontologyWritten) replaceOntology();
        ListCounts current = ListCounts.of(dataset.getGraph(graph));   // before transaction staging empties it
        dataset.removeGraph(stage);   // removeGraph, not deleteAny: see move()
        CountingStream counter = new CountingStream(new StagingSink(dataset, stage));
        counter.start();
        IngestReport report = list.streamTo(counter);
        counter.finish();
        ValidationReport validation = validator.validate(dataset.getGraph(stage));
        if (!validation.conforms()) throw new InvalidListException(list.listKey(), validation);
        guard.check(list.listKey(), current, ListCounts.of(dataset.getGraph(stage)));
        // The same bytes as the current edition: validated like any load (the shapes may have changed), then dropped.
        Edition same = catalogue == null ? null : sameEdition(list);
        if (same != null) {
            dataset.removeGraph(stage);
            return new Staged(report, counter.triples(), same, true);
        }
        Edition edition = staging == Staging.GRAPH ? newEdition(list, graph, current) : null;
        if (staging == Staging.GRAPH) {
            dataset.removeGraph(graph);
            move(stage, graph);
        }
        return new Staged(report, counter.triples(), edition, false);
    }

    // Rewritten with the first list rather than in a transaction of its own, so a batch that loads nothing
    // leaves the store exactly as it was. Left alone when it already holds the same triples: the ontology has
    // blank nodes (OWL lists), and rewriting them would give them new labels on every load.
    private void replaceOntology() {
        if (ontologyGraph == null) return;
        if (IsoMatcher.isomorphic(ontology, dataset.getGraph(ontologyGraph))) return;
        dataset.removeGraph(ontologyGraph);
        ontology.find().forEachRemaining(t -> dataset.add(ontologyGraph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    // Copies through a bag that spills to disk past moveBatch quads, so memory stays flat for lists of any size:
    // a TDB2 iterator must not see its own index change, so the staging graph is read in full before any write.
    // The staging graph then goes with removeGraph, never by deleting quads as read back: TDB2 stores decimals
    // inline and reads "5000"^^xsd:decimal back as "5000.0", which names another value id, so delete() and
    // deleteAny() of what was read leave such quads behind (Jena 5.6.0).
    private void move(Node from, Node to) {
        // ARQ ships a spilling serializer for bindings, so each triple travels as a binding of ?s ?p ?o.
        DataBag<Binding> bag = BagFactory.newDefaultBag(ThresholdPolicyFactory.count(moveBatch),
                SerializationFactoryFinder.bindingSerializationFactory());
        try {
            Iterator<Quad> it = dataset.find(from, Node.ANY, Node.ANY, Node.ANY);
            try {
                it.forEachRemaining(q -> bag.add(BindingFactory.binding(S, q.getSubject(), P, q.getPredicate(), O, q.getObject())));
            } finally {
                Iter.close(it);
            }
            dataset.removeGraph(from);
            for (Binding b : bag) dataset.add(to, b.get(S), b.get(P), b.get(O));
        } finally {
            bag.close();
        }
    }

    private void abortQuietly() {
        try {
            dataset.abort();
        } catch (RuntimeException ignored) {
            // The transaction is being abandoned because of an earlier error: that one is what the user needs.
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (reader != null) reader.shutdownNow();
            if (indexWriters != null) indexWriters.shutdownNow();
        }
        if (ownedStore != null) ownedStore.close();
    }

    /** Sends each triple into the staging graph of the dataset. */
    private static final class StagingSink extends StreamRDFBase {
        private final DatasetGraph dataset;
        private final Node graph;

        StagingSink(DatasetGraph dataset, Node graph) {
            this.dataset = dataset;
            this.graph = graph;
        }

        @Override
        public void triple(Triple t) { dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()); }

        // Sources send triples; a quad's own graph name is ignored because the list decides the graph.
        @Override
        public void quad(Quad q) { triple(q.asTriple()); }
    }

    /** Builds a {@link TdbListLoader}; {@code build()} opens the store when given a folder. */
    public static final class Builder {
        private Path folder;
        private DatasetGraph dataset;
        private ListValidator validator;
        private ReplacementGuard guard = ReplacementGuard.STANDARD;   // default: a list may not gut the one it replaces
        private Graph ontology;
        private String ontologyGraphIri;
        private Staging staging = Staging.MEMORY;   // default: validated in memory, written once
        private Consumer<String> writing = listKey -> {};
        private int moveBatch = MOVE_BATCH;
        private String target = "the dataset";
        private EditionCatalogue catalogue;   // default: no editions, a load replaces the list's graph
        private EditionArchive archive;

        /** The store folder; created if missing, refused if it holds something that is not a TDB2 store. */
        public Builder store(Path folder) { this.folder = folder; this.dataset = null; this.target = folder.toString(); return this; }

        /** An already-open TDB2 dataset (shared with a running Fuseki, say); the loader leaves it open. */
        public Builder dataset(DatasetGraph dataset) { this.dataset = dataset; this.folder = null; this.target = "the dataset"; return this; }

        /** An already-open store, named by its folder in messages; the loader leaves it open. */
        public Builder store(TdbStore store) {
            dataset(store.dataset());
            this.target = store.folder().toString();
            return this;
        }

        /** Required: how each staged list is checked. Use {@link ListValidator#acceptAll()} to skip, deliberately. */
        public Builder validator(ListValidator validator) { this.validator = validator; return this; }

        /** What a list must keep of the graph it replaces; {@link ReplacementGuard#OFF} replaces whatever it holds. */
        public Builder guard(ReplacementGuard guard) { this.guard = Objects.requireNonNull(guard, "guard"); return this; }

        /**
         * The ontology and concept schemes, written into {@code graphIri} with the first list loaded.
         * Default: no ontology graph is written.
         */
        public Builder ontology(String graphIri, Graph ontology) {
            this.ontologyGraphIri = Objects.requireNonNull(graphIri, "graphIri");
            this.ontology = Objects.requireNonNull(ontology, "ontology");
            return this;
        }

        /**
         * Keeps editions: a load of the current edition's bytes changes nothing, any other is recorded in
         * {@code catalogue} as a new edition and the one it replaces is kept in {@code archive}. Not with
         * {@link Staging#TRANSACTION}, since the graph it replaces must still be there to be archived.
         */
        public Builder editions(EditionCatalogue catalogue, EditionArchive archive) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            this.archive = Objects.requireNonNull(archive, "archive");
            return this;
        }

        /** Where lists are staged inside the transaction; see {@link Staging}. */
        public Builder staging(Staging staging) { this.staging = Objects.requireNonNull(staging, "staging"); return this; }

        // The kill tests learn when a list's triples start going into TDB2, inside the batch's write transaction.
        Builder onWriting(Consumer<String> listener) { this.writing = Objects.requireNonNull(listener); return this; }

        // Tests shrink the in-memory part of the move to cover the spill to disk with a small list.
        Builder moveBatch(int quads) { this.moveBatch = quads; return this; }

        /** @throws StoreException when the folder is not a store, is locked, or cannot be opened */
        public TdbListLoader build() {
            if (validator == null) throw new IllegalStateException("TdbListLoader needs a validator");
            if (folder == null && dataset == null) throw new IllegalStateException("TdbListLoader needs a store or a dataset");
            if (catalogue != null && staging == Staging.TRANSACTION) {
                throw new IllegalStateException("editions need the graph being replaced, which transaction staging empties first");
            }
            if (dataset != null) return new TdbListLoader(this, null, dataset, target);
            TdbStore store = TdbStore.openOrCreate(folder);
            return new TdbListLoader(this, store, store.dataset(), target);
        }
    }
}
