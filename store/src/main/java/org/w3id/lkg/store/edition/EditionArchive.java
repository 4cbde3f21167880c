package org.w3id.lkg.store.edition;

import java.util.Iterator;
import java.util.Objects;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * The superseded editions of every list, each in its graph {@code <list graph>/edition/N}, in a TDB2 store of their
 * own ({@code <store>/editions}: {@code TdbStore.archive()}; itself queryable with
 * {@code lkg sparql --store <store>/editions}).
 *
 * <p>Not in the store itself, because the store's default graph is the union of its named graphs: an old edition
 * there would be seen by every query as if it were current. An edition is archived in a transaction of its own
 * before the load that supersedes it commits; a load killed in between leaves a copy the next load writes again.
 */
public final class EditionArchive {
    private final DatasetGraph dataset;

    private EditionArchive(DatasetGraph dataset) { this.dataset = dataset; }

    /** The archive kept in {@code dataset} (a TDB2 store's {@code archive()} opens its own); the caller closes it. */
    public static EditionArchive in(DatasetGraph dataset) { return new EditionArchive(Objects.requireNonNull(dataset, "dataset")); }

    /** Keeps {@code content} as edition {@code number} of {@code listGraph}, replacing any earlier copy; commits. */
    public void keep(String listGraph, int number, Graph content) {
        DatasetGraph d = dataset;
        Node g = NodeFactory.createURI(Edition.iri(listGraph, number));
        Txn.executeWrite(d, () -> {
            d.removeGraph(g);
            Iterator<Triple> it = content.find();
            try {
                it.forEachRemaining(t -> d.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            } finally {
                Iter.close(it);
            }
        });
    }

    /** A copy of edition {@code number} of {@code listGraph}; empty when the archive does not hold it. */
    public Graph graph(String listGraph, int number) {
        DatasetGraph d = dataset;
        Node g = NodeFactory.createURI(Edition.iri(listGraph, number));
        Graph out = GraphFactory.createDefaultGraph();
        Txn.executeRead(d, () -> {
            Iterator<Quad> it = d.find(g, Node.ANY, Node.ANY, Node.ANY);
            try {
                it.forEachRemaining(q -> out.add(q.asTriple()));
            } finally {
                Iter.close(it);
            }
        });
        return out;
    }
}
