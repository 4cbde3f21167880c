package org.w3id.lkg.store.tdb;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Objects;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DataBag;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDFBase;
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
import org.w3id.lkg.store.load.LoadSummary;
import org.w3id.lkg.store.load.ReplacementGuard;

/**
 * Loads lists into a TDB2 store: each list is staged, validated and swapped in within one write transaction.
 *
 * <p>Whatever is staged only ever exists inside that transaction: a validation failure, a bad input, a store error
 * or a killed process aborts it, and TDB2 then shows the previous state of every graph. In both {@link Staging}
 * modes the shapes see exactly the new triples and nothing of the old ones.
 */
public final class TdbListLoader implements ListLoader {
    /** Where a list is staged inside the write transaction. */
    public enum Staging {
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
    }

    public static Builder builder() { return new Builder(); }

    @Override
    public String target() { return target; }

    @Override
    public LoadSummary load(ListSource list) {
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
        private Staging staging = Staging.GRAPH;   // default: the design's separate staging graph
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
         * {@code catalogue} as a new edition and the one it replaces is kept in {@code archive}. Needs
         * {@link Staging#GRAPH}, since the graph it replaces must still be there to be archived.
         */
        public Builder editions(EditionCatalogue catalogue, EditionArchive archive) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            this.archive = Objects.requireNonNull(archive, "archive");
            return this;
        }

        /** Where lists are staged inside the transaction; see {@link Staging}. */
        public Builder staging(Staging staging) { this.staging = Objects.requireNonNull(staging, "staging"); return this; }

        // Tests shrink the in-memory part of the move to cover the spill to disk with a small list.
        Builder moveBatch(int quads) { this.moveBatch = quads; return this; }

        /** @throws StoreException when the folder is not a store, is locked, or cannot be opened */
        public TdbListLoader build() {
            if (validator == null) throw new IllegalStateException("TdbListLoader needs a validator");
            if (folder == null && dataset == null) throw new IllegalStateException("TdbListLoader needs a store or a dataset");
            if (catalogue != null && staging != Staging.GRAPH) throw new IllegalStateException("editions need the staging graph");
            if (dataset != null) return new TdbListLoader(this, null, dataset, target);
            TdbStore store = TdbStore.openOrCreate(folder);
            return new TdbListLoader(this, store, store.dataset(), target);
        }
    }
}
