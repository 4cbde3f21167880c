package org.w3id.lkg.service;

import java.io.ByteArrayInputStream;
import java.util.Set;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/** Reads what the service served with RDF4J Rio, an RDF toolkit independent of Jena, into a Jena dataset to compare. */
final class RioGraphs {
    private RioGraphs() {}

    /** Parses {@code body} in {@code format}; a JSON-LD context may be fetched only from {@code allowedContext}. */
    static DatasetGraph parse(byte[] body, RDFFormat format, String allowedContext) throws Exception {
        ParserConfig config = new ParserConfig();
        if (allowedContext != null) config.set(JSONLDSettings.WHITELIST, Set.of(allowedContext));
        Model m = Rio.parse(new ByteArrayInputStream(body), "", format, config);
        DatasetGraph d = DatasetGraphFactory.create();
        for (Statement s : m) {
            Node g = s.getContext() == null ? Quad.defaultGraphIRI : node(s.getContext());
            d.add(g, node(s.getSubject()), node(s.getPredicate()), node(s.getObject()));
        }
        return d;
    }

    private static Node node(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode(b.getID());
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
