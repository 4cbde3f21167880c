package org.w3id.lkg.ingest.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Puts every triple that passes into one named graph; start and finish are left to whoever owns the sink. */
public final class NamedGraphStream extends StreamRDFWrapper {
    private final Node graph;

    public NamedGraphStream(StreamRDF quads, String graphIri) {
        super(quads);
        this.graph = NodeFactory.createURI(graphIri);
    }

    @Override
    public void triple(Triple triple) { other.quad(Quad.create(graph, triple)); }

    @Override
    public void start() {}

    @Override
    public void finish() {}
}
