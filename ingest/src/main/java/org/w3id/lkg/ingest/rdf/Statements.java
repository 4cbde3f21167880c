package org.w3id.lkg.ingest.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;

/** Writes typed triples to a {@link StreamRDF} and counts them; blank values are skipped, never written empty. */
final class Statements {
    private final StreamRDF out;
    private long count;

    Statements(StreamRDF out) { this.out = out; }

    long count() { return count; }

    static Node iri(String iri) { return NodeFactory.createURI(iri); }

    void add(String s, Property p, String o) { emit(iri(s), p.asNode(), iri(o)); }

    void type(String s, Resource type) { emit(iri(s), org.apache.jena.vocabulary.RDF.type.asNode(), type.asNode()); }

    void zh(String s, Property p, String text) {
        if (text != null && !text.isBlank()) emit(iri(s), p.asNode(), NodeFactory.createLiteralLang(text.strip(), "zh"));
    }

    void string(String s, Property p, String text) {
        if (text != null && !text.isEmpty()) emit(iri(s), p.asNode(), NodeFactory.createLiteralString(text));
    }

    void integer(String s, Property p, long value) {
        emit(iri(s), p.asNode(), NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    void decimal(String s, Property p, BigDecimal value) {
        if (value != null) emit(iri(s), p.asNode(), NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal));
    }

    void bool(String s, Property p, boolean value) {
        emit(iri(s), p.asNode(), NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    void date(String s, Property p, LocalDate value) {
        if (value != null) emit(iri(s), p.asNode(), NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate));
    }

    void duration(String s, Property p, String xsdDuration) {
        if (xsdDuration != null) emit(iri(s), p.asNode(), NodeFactory.createLiteralDT(xsdDuration, XSDDatatype.XSDduration));
    }

    void emit(Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
        count++;
    }
}
