package org.w3id.lkg.store.tdb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.lkg.store.StoreException;

/**
 * Writes a batch's quads into TDB2 inside the caller's write transaction, each quad index in its own key order.
 *
 * <p>{@code DatasetGraph.add} puts each quad into all six quad indexes at once, so every index sees the quads in
 * one order, random for five of them: each insert then walks to a different leaf, and the transaction copies
 * (copy-on-write) a block for almost every quad. Sorted for each index, consecutive inserts land in the same leaf
 * and the transaction copies each block once. It writes the same records through the same indexes and node table
 * as {@code add}, in the same transaction, so the crash guarantee is the transaction's, as before: nothing of the
 * batch is visible, on disk or to readers, until the commit.
 *
 * <p>The indexes are written in parallel, one task per index. Each index is a B+tree of its own files and its own
 * transactional component; a component keeps its part of the transaction in thread-locals, which DBOE lets a thread
 * hand over ({@code getComponentState}/{@code setComponentState}). Each task takes its index's part of the caller's
 * transaction, writes, and gives it back; the caller commits or aborts only after every task has ended, so the
 * indexes still change together or not at all.
 */
final class IndexOrderedWrite {
    private final NodeTable nodes;
    private final TupleIndex[] indexes;
    private final ExecutorService writers;
    private final List<Tuple<NodeId>> quads = new ArrayList<>();
    // The batch's own node → id map: a list repeats its predicates, types and resources many times over, and a plain
    // map is cheaper than the node table's shared cache for each of those lookups.
    private final Map<Node, NodeId> ids = new HashMap<>();

    /**
     * For {@code dataset}'s current storage (it changes on compaction); the caller holds a write transaction, and
     * {@code writers} runs the index writes.
     */
    IndexOrderedWrite(DatasetGraph dataset, ExecutorService writers) {
        NodeTupleTable table = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
        this.nodes = table.getNodeTable();
        this.indexes = table.getTupleTable().getIndexes();
        this.writers = Objects.requireNonNull(writers, "writers");
    }

    /** Takes {@code triples} as quads of {@code graph}: their nodes are stored now, the quads by {@link #flush()}. */
    void add(Node graph, Graph triples) {
        NodeId g = id(graph);
        Iterator<Triple> it = triples.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                quads.add(TupleFactory.create4(g, id(t.getSubject()), id(t.getPredicate()), id(t.getObject())));
            }
        } finally {
            Iter.close(it);
        }
    }

    private NodeId id(Node node) { return ids.computeIfAbsent(node, nodes::getAllocateNodeId); }

    /** Writes every quad taken into every index, sorted in that index's order. */
    @SuppressWarnings("unchecked")
    void flush() {
        Tuple<NodeId>[] taken = quads.toArray(Tuple[]::new);
        quads.clear();
        ids.clear();
        List<Callable<Void>> tasks = new ArrayList<>(indexes.length);
        for (TupleIndex index : indexes) tasks.add(onThisTransaction(index, () -> write(index, taken.clone())));
        List<Future<Void>> done;
        try {
            done = writers.invokeAll(tasks);   // waits for every task, so nothing writes once this returns
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing the batch's indexes (nothing was committed)", e);
        }
        for (Future<Void> task : done) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) throw failure;
                if (e.getCause() instanceof Error error) throw error;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while writing the batch's indexes (nothing was committed)", e);
            }
        }
    }

    private static void write(TupleIndex index, Tuple<NodeId>[] quads) {
        Arrays.sort(quads, inOrderOf(index.getMapping()));
        for (Tuple<NodeId> quad : quads) index.add(quad);
    }

    // Runs `write` on another thread inside the caller's transaction: the index's component state is read here, on
    // the caller's thread, set on the task's thread for the write, and the task's own (empty) state put back after.
    private static Callable<Void> onThisTransaction(TupleIndex index, Runnable write) {
        if (!(index instanceof TupleIndexRecord record) || !(record.getRangeIndex() instanceof BPlusTree tree)) {
            throw new IllegalStateException("a TDB2 quad index that is not a B+tree: " + index.getName());
        }
        return handedOver(tree, write);
    }

    private static <X> Callable<Void> handedOver(TransactionalComponentLifecycle<X> component, Runnable write) {
        ComponentState<X> caller = component.getComponentState();
        return () -> {
            ComponentState<X> own = component.getComponentState();
            component.setComponentState(caller);
            try {
                write.run();
            } finally {
                component.setComponentState(own);
            }
            return null;
        };
    }

    private static Comparator<Tuple<NodeId>> inOrderOf(TupleMap map) {
        return (a, b) -> {
            for (int i = 0; i < a.len(); i++) {
                int c = NodeId.compare(map.mapSlot(i, a), map.mapSlot(i, b));
                if (c != 0) return c;
            }
            return 0;
        };
    }
}
