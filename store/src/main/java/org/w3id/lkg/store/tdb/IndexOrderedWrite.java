package org.w3id.lkg.store.tdb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes a batch's quads into TDB2 inside the caller's write transaction, each quad index in its own key order.
 *
 * <p>{@code DatasetGraph.add} puts each quad into all six quad indexes at once, so every index sees the quads in
 * one order, random for five of them: each insert then walks to a different leaf, and the transaction copies
 * (copy-on-write) a block for almost every quad. Sorted for each index, consecutive inserts land in the same leaf
 * and the transaction copies each block once. It writes the same records through the same indexes and node table
 * as {@code add}, in the same transaction, so the crash guarantee is the transaction's, as before: nothing of the
 * batch is visible, on disk or to readers, until the commit.
 */
final class IndexOrderedWrite {
    private final NodeTable nodes;
    private final TupleIndex[] indexes;
    private final List<Tuple<NodeId>> quads = new ArrayList<>();
    // The batch's own node → id map: a list repeats its predicates, types and resources many times over, and a plain
    // map is cheaper than the node table's shared cache for each of those lookups.
    private final Map<Node, NodeId> ids = new HashMap<>();

    /** For {@code dataset}'s current storage (it changes on compaction); the caller holds a write transaction. */
    IndexOrderedWrite(DatasetGraph dataset) {
        NodeTupleTable table = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
        this.nodes = table.getNodeTable();
        this.indexes = table.getTupleTable().getIndexes();
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
    void flush() {
        for (TupleIndex index : indexes) {
            quads.sort(inOrderOf(index.getMapping()));
            for (Tuple<NodeId> quad : quads) index.add(quad);
        }
        quads.clear();
        ids.clear();
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
