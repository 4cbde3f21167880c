package org.w3id.lkg.store.load;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.w3id.lkg.ontology.Lkg;

/** Passes triples on and counts them, and the records (power items) among them. */
public class CountingStream extends StreamRDFWrapper {
    static {
        // The constants below touch Jena vocabulary classes, which must not be the first Jena classes loaded.
        JenaSystem.init();
    }

    private static final Node POWER_ITEM = Lkg.PowerItem.asNode();
    private static final Node TYPE = RDF.type.asNode();

    private long triples;
    private long records;

    public CountingStream(StreamRDF other) { super(other); }

    @Override
    public void triple(Triple triple) {
        count(triple.getPredicate(), triple.getObject());
        super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        count(quad.getPredicate(), quad.getObject());
        super.quad(quad);
    }

    // A record is one source row turned into an item: its rdf:type triple is written exactly once.
    private void count(Node predicate, Node object) {
        triples++;
        if (TYPE.equals(predicate) && POWER_ITEM.equals(object)) records++;
        counted();
    }

    /** Called after each counted triple; subclasses report progress here. */
    protected void counted() {}

    public long triples() { return triples; }

    public long records() { return records; }
}
