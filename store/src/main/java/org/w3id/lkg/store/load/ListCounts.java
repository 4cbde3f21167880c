package org.w3id.lkg.store.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.lkg.ontology.Lkg;

/** What a list's graph holds, as far as a replacement could lose it: its power items and their citations. */
public record ListCounts(long items, long citations) {
    private static final Node ITEM = NodeFactory.createURI(Lkg.NS + "PowerItem");
    private static final Node CITATION = NodeFactory.createURI(Lkg.NS + "Citation");

    /** The counts of {@code graph}; an absent graph (null) holds nothing. */
    public static ListCounts of(Graph graph) {
        if (graph == null) return new ListCounts(0, 0);
        return new ListCounts(count(graph, ITEM), count(graph, CITATION));
    }

    private static long count(Graph g, Node type) {
        return g.stream(Node.ANY, RDF.type.asNode(), type).count();
    }

    @Override
    public String toString() { return items + " items and " + citations + " citations"; }
}
