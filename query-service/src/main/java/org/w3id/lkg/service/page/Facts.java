package org.w3id.lkg.service.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.lkg.ontology.Lkg;

/** Reads a description graph the way pages need it: one value, all values, a label in Chinese first. */
final class Facts {
    private final Graph graph;
    private final Node self;

    Facts(Graph graph, String iri) {
        this.graph = graph;
        this.self = NodeFactory.createURI(iri);
    }

    Node self() { return self; }

    Set<String> types() {
        return graph.find(self, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject().toString()).toSet();
    }

    boolean is(String classIri) { return types().contains(classIri); }

    List<Node> all(String property) { return all(self, property); }

    List<Node> all(Node s, String property) {
        List<Node> out = new ArrayList<>();
        graph.find(s, NodeFactory.createURI(property), Node.ANY).forEach(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    /** The subjects that point here by {@code property}. */
    List<Node> incoming(String property) {
        return graph.find(Node.ANY, NodeFactory.createURI(property), self).mapWith(Triple::getSubject).toList()
                .stream().sorted(Comparator.comparing(this::label)).collect(Collectors.toList());
    }

    /** One value's text (lexical form or IRI), or null. */
    String one(String property) {
        List<Node> v = all(property);
        return v.isEmpty() ? null : text(v.get(0));
    }

    /** Of a local property name in the lkg: namespace. */
    String lkg(String localName) { return one(Lkg.NS + localName); }

    List<String> lkgAll(String localName) { return all(Lkg.NS + localName).stream().map(Facts::text).toList(); }

    /** A node's label: rdfs:label or skos:prefLabel, Chinese first, then any; the IRI's last segment at worst. */
    String label(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        Optional<String> zh = Optional.empty(), any = Optional.empty();
        for (String p : List.of(RDFS.label.getURI(), SKOS.prefLabel.getURI())) {
            for (Node l : all(n, p)) {
                if (!l.isLiteral()) continue;
                if (zh.isEmpty() && l.getLiteralLanguage().startsWith("zh")) zh = Optional.of(l.getLiteralLexicalForm());
                if (any.isEmpty()) any = Optional.of(l.getLiteralLexicalForm());
            }
        }
        if (zh.isPresent()) return zh.get();
        return any.orElseGet(() -> lastSegment(n.toString()));
    }

    /** The English label, if the graph has one. */
    Optional<String> english(Node n) {
        for (String p : List.of(RDFS.label.getURI(), SKOS.prefLabel.getURI()))
            for (Node l : all(n, p)) if (l.isLiteral() && l.getLiteralLanguage().startsWith("en")) return Optional.of(l.getLiteralLexicalForm());
        return Optional.empty();
    }

    String label() { return label(self); }

    static String text(Node n) { return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString(); }

    static String lastSegment(String iri) {
        int i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }
}
