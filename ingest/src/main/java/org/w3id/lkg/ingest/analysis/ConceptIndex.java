package org.w3id.lkg.ingest.analysis;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.OntologyResources;

/** Finds the SKOS concept a Chinese label names in one scheme (prefLabel or altLabel), from the shipped schemes. */
final class ConceptIndex {
    private final Map<String, String> byLabel = new HashMap<>();

    /** The index of the shipped schemes, built once per JVM: a batch of lists need not parse them per list. */
    static ConceptIndex shared() { return Shared.INDEX; }

    // Class initialisation builds it lazily and thread-safely.
    private static final class Shared {
        static final ConceptIndex INDEX = new ConceptIndex();
    }

    private ConceptIndex() {
        Model m = ModelFactory.createModelForGraph(OntologyResources.reference());
        m.listSubjectsWithProperty(SKOS.inScheme).forEachRemaining(c -> {
            Resource scheme = c.getPropertyResourceValue(SKOS.inScheme);
            index(scheme.getURI(), c, m.listObjectsOfProperty(c, SKOS.prefLabel).toList());
            index(scheme.getURI(), c, m.listObjectsOfProperty(c, SKOS.altLabel).toList());
        });
    }

    private void index(String scheme, Resource concept, java.util.List<org.apache.jena.rdf.model.RDFNode> labels) {
        for (var l : labels) {
            if (l.isLiteral() && "zh".equals(l.asLiteral().getLanguage())) byLabel.putIfAbsent(scheme + "|" + l.asLiteral().getString(), concept.getURI());
        }
    }

    /** The concept IRI in {@code scheme} (e.g. "power-type") whose Chinese label is {@code label}, or null. */
    String find(String scheme, String label) {
        if (label == null) return null;
        return byLabel.get(IriScheme.scheme(scheme) + "|" + label.strip());
    }
}
