package org.w3id.lkg.ingest.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.lkg.ingest.IngestReport;

/**
 * Loads lists into a TDB2 store: each list is staged, validated and swapped in within one write transaction.
 *
 * <p>The staging graph ({@code <list graph>/staging}) only ever exists inside that transaction: a validation
 * failure, a bad input, a store error or a killed process aborts it, and TDB2 then shows the previous state of every
 * graph. The staging graph is kept apart from the list's graph (rather than writing the list's graph in place) so
 * that the shapes see exactly the new triples and nothing of the old ones.
 */
public final class TdbListLoader implements ListLoader {
    /** Quads moved from staging to the list graph per round; bounds memory for lists of any size. */
    private static final int MOVE_BATCH = 50_000;

    private final TdbStore ownedStore;
    private final DatasetGraph dataset;
    private final String target;
    private final ListValidator validator;
    private final Graph ontology;
    private final Node ontologyGraph;
    private boolean ontologyWritten;

    private TdbListLoader(Builder b, TdbStore owned, DatasetGraph dataset, String target) {
        this.ownedStore = owned;
        this.dataset = dataset;
        this.target = target;
        this.validator = b.validator;
        this.ontology = b.ontology;
        this.ontologyGraph = b.ontologyGraphIri == null ? null : NodeFactory.createURI(b.ontologyGraphIri);
    }

    public static Builder builder() { return new Builder(); }

    @Override
    public String target() { return target; }

    @Override
    public LoadSummary load(ListSource list) {
        long start = System.nanoTime();
        Node graph = NodeFactory.createURI(list.graphIri());
        Node staging = NodeFactory.createURI(list.graphIri() + "/staging");
        long stored;
        IngestReport report;
        try {
            dataset.begin(TxnType.WRITE);
        } catch (TDBException | DBOpEnvException | JenaTransactionException e) {
            throw new StoreException("cannot start a write transaction on " + target + ": " + e.getMessage(), e);
        }
        try {
            if (!ontologyWritten) replaceOntology();
            dataset.deleteAny(staging, Node.ANY, Node.ANY, Node.ANY);
            CountingStream counter = new CountingStream(new StagingSink(dataset, staging));
            counter.start();
            report = list.streamTo(counter);
            counter.finish();
            ValidationReport validation = validator.validate(dataset.getGraph(staging));
            if (!validation.conforms()) throw new InvalidListException(list.listKey(), validation);
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            move(staging, graph);
            stored = counter.triples();
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
        return new LoadSummary(list.listKey(), list.graphIri(), report, stored, Duration.ofNanos(System.nanoTime() - start));
    }

    // Rewritten with the first list rather than in a transaction of its own, so a batch that loads nothing
    // leaves the store exactly as it was.
    private void replaceOntology() {
        if (ontologyGraph == null) return;
        dataset.deleteAny(ontologyGraph, Node.ANY, Node.ANY, Node.ANY);
        ontology.find().forEachRemaining(t -> dataset.add(ontologyGraph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    // Iterators over a TDB2 index must not see their own index change, so each round reads a batch, closes the
    // iterator, then writes.
    private void move(Node from, Node to) {
        List<Quad> batch = new ArrayList<>(MOVE_BATCH);
        while (true) {
            Iterator<Quad> it = dataset.find(from, Node.ANY, Node.ANY, Node.ANY);
            try {
                while (it.hasNext() && batch.size() < MOVE_BATCH) batch.add(it.next());
            } finally {
                Iter.close(it);
            }
            if (batch.isEmpty()) return;
            for (Quad q : batch) {
                dataset.delete(q);
                dataset.add(to, q.getSubject(), q.getPredicate(), q.getObject());
            }
            batch.clear();
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
        private Graph ontology;
        private String ontologyGraphIri;

        /** The store folder; created if missing, refused if it holds something that is not a TDB2 store. */
        public Builder store(Path folder) { this.folder = folder; this.dataset = null; return this; }

        /** An already-open TDB2 dataset (shared with a running Fuseki, say); the loader leaves it open. */
        public Builder dataset(DatasetGraph dataset) { this.dataset = dataset; this.folder = null; return this; }

        /** Required: how each staged list is checked. Use {@link ListValidator#acceptAll()} to skip, deliberately. */
        public Builder validator(ListValidator validator) { this.validator = validator; return this; }

        /**
         * The ontology and concept schemes, written into {@code graphIri} with the first list loaded.
         * Default: no ontology graph is written.
         */
        public Builder ontology(String graphIri, Graph ontology) {
            this.ontologyGraphIri = Objects.requireNonNull(graphIri, "graphIri");
            this.ontology = Objects.requireNonNull(ontology, "ontology");
            return this;
        }

        /** @throws StoreException when the folder is not a store, is locked, or cannot be opened */
        public TdbListLoader build() {
            if (validator == null) throw new IllegalStateException("TdbListLoader needs a validator");
            if (folder == null && dataset == null) throw new IllegalStateException("TdbListLoader needs a store or a dataset");
            if (dataset != null) return new TdbListLoader(this, null, dataset, "the dataset");
            TdbStore store = TdbStore.openOrCreate(folder);
            return new TdbListLoader(this, store, store.dataset(), folder.toString());
        }
    }
}
