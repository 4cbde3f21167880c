package org.w3id.lkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** FindingKind.java and the finding-kind scheme of schemes.ttl are one vocabulary: same notations, same severities. */
class FindingKindInStepTest {
    private static final Model SCHEMES = OntologyResources.schemes();

    @Test
    void everyConceptIsAConstantAndEveryConstantAConcept() {
        Set<String> concepts = SCHEMES.listSubjectsWithProperty(SKOS.inScheme, SCHEMES.getResource(IriScheme.scheme(FindingKind.SCHEME)))
                .mapWith(c -> c.getProperty(SKOS.notation).getString()).toSet();
        Set<String> constants = Arrays.stream(FindingKind.values()).map(FindingKind::notation).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(concepts), new TreeSet<>(constants));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FindingKind.class)
    void constantHasItsConceptWithTheSameNotationAndSeverity(FindingKind kind) {
        Resource concept = SCHEMES.getResource(kind.iri());
        Statement notation = concept.getProperty(SKOS.notation);
        assertNotNull(notation, kind.iri() + " is in schemes.ttl with a skos:notation");
        assertEquals(kind.notation(), notation.getString());
        assertEquals(kind, FindingKind.ofIri(kind.iri()).orElseThrow());
        Statement severity = concept.getProperty(Lkg.severity);
        assertNotNull(severity, kind.iri() + " has an lkg:severity");
        assertEquals(kind.severity().iri(), severity.getResource().getURI(), kind + " severity");
        assertEquals(1, concept.listProperties(Lkg.severity).toList().size(), kind + " has one severity");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Severity.class)
    void severityIsAConceptOfTheSeverityScheme(Severity severity) {
        Resource concept = SCHEMES.getResource(severity.iri());
        assertEquals(severity.notation(), concept.getProperty(SKOS.notation).getString());
        assertEquals(IriScheme.scheme("severity"), concept.getProperty(SKOS.inScheme).getResource().getURI());
    }
}
