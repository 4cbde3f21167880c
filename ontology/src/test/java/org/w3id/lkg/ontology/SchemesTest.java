package org.w3id.lkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the SKOS concept schemes: labels, one scheme per concept, unique notations and labels, and MODEL.md. */
class SchemesTest {
    private static final Model SCHEMES = OntologyResources.schemes();

    static Stream<String> concepts() {
        return SCHEMES.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().stream().map(Resource::getURI).sorted();
    }

    static Stream<String> schemes() {
        return SCHEMES.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream().map(Resource::getURI).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concepts")
    void conceptHasOneLabelPerLanguageAndOneScheme(String iri) {
        Resource c = SCHEMES.getResource(iri);
        assertEquals(1, literals(c, SKOS.prefLabel, "zh").size(), iri + " needs one skos:prefLabel @zh");
        assertEquals(1, literals(c, SKOS.prefLabel, "en").size(), iri + " needs one skos:prefLabel @en");
        List<RDFNode> inScheme = c.listProperties(SKOS.inScheme).mapWith(s -> s.getObject()).toList();
        assertEquals(1, inScheme.size(), iri + " belongs to exactly one scheme");
        Resource scheme = inScheme.get(0).asResource();
        assertTrue(scheme.hasProperty(RDF.type, SKOS.ConceptScheme), scheme + " is a skos:ConceptScheme");
        assertTrue(c.hasProperty(SKOS.topConceptOf, scheme), iri + " is a top concept of its scheme");
        assertTrue(scheme.hasProperty(SKOS.hasTopConcept, c), scheme + " lists " + iri + " as a top concept");
    }

    // The notation is the key ingest and IriScheme.concept use, so it must rebuild the IRI.
    @ParameterizedTest(name = "{0}")
    @MethodSource("concepts")
    void notationIsTheKeyOfTheIri(String iri) {
        Resource c = SCHEMES.getResource(iri);
        String scheme = c.getPropertyResourceValue(SKOS.inScheme).getURI().substring(Lkg.SCHEME_NS.length());
        assertEquals(iri, IriScheme.concept(scheme, c.getProperty(SKOS.notation).getString()));
        assertEquals(IriScheme.scheme(scheme), c.getPropertyResourceValue(SKOS.inScheme).getURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void notationsAreUniqueInScheme(String scheme) {
        List<String> notations = members(scheme).stream().map(c -> c.getProperty(SKOS.notation).getString()).toList();
        assertEquals(notations.size(), new TreeSet<>(notations).size(), "duplicate notation in " + scheme);
    }

    // A reader maps a cell to a concept by its Chinese labels, so no label may name two concepts in one scheme.
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void chineseLabelsNameOneConceptInScheme(String scheme) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        for (Resource c : members(scheme)) {
            Stream.concat(literals(c, SKOS.prefLabel, "zh").stream(), literals(c, SKOS.altLabel, "zh").stream())
                    .forEach(l -> byLabel.computeIfAbsent(l, k -> new TreeSet<>()).add(c.getURI()));
        }
        byLabel.values().removeIf(s -> s.size() == 1);
        assertEquals(Map.of(), byLabel);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void schemeIsLabelled(String scheme) {
        Resource s = SCHEMES.getResource(scheme);
        assertEquals(1, literals(s, SKOS.prefLabel, "zh").size());
        assertEquals(1, literals(s, SKOS.prefLabel, "en").size());
        assertTrue(scheme.startsWith(Lkg.SCHEME_NS));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"power-type", "legal-rank", "sanction-type", "party", "finding-kind"})
    void modelSchemeExists(String scheme) {
        assertTrue(SCHEMES.contains(SCHEMES.getResource(IriScheme.scheme(scheme)), RDF.type, SKOS.ConceptScheme));
    }

    @Test
    void findingKindsAreDefined() {
        for (Resource c : members(IriScheme.scheme("finding-kind"))) {
            assertEquals(1, literals(c, SKOS.definition, "en").size(), c + " needs one skos:definition @en");
        }
    }

    // MODEL.md is the contract the other modules code against: its lists and the schemes must agree.
    @Test
    void modelMdListsExactlyTheConcepts() throws IOException {
        Map<String, Map<String, String>> documented = documentedConcepts();
        assertEquals(6, documented.size(), "MODEL.md documents six schemes");
        for (var scheme : documented.entrySet()) {
            Map<String, String> actual = new TreeMap<>();
            for (Resource c : members(IriScheme.scheme(scheme.getKey()))) {
                actual.put(c.getProperty(SKOS.notation).getString(), literals(c, SKOS.prefLabel, "zh").get(0));
            }
            assertEquals(scheme.getValue().keySet(), actual.keySet(), scheme.getKey() + " keys");
            scheme.getValue().forEach((key, zh) -> {
                if (!zh.isEmpty()) assertEquals(zh, actual.get(key), scheme.getKey() + "/" + key + " prefLabel @zh");
            });
        }
    }

    // Reads "- `scheme`: key 中文, key 中文, …" entries (wrapped over indented lines) under "## Concept schemes".
    private static Map<String, Map<String, String>> documentedConcepts() throws IOException {
        String md = Files.readString(Path.of("MODEL.md"));
        String section = md.substring(md.indexOf("## Concept schemes"));
        String joined = section.replaceAll("\\n\\s{2,}", " ");
        Map<String, Map<String, String>> out = new TreeMap<>();
        Matcher line = Pattern.compile("(?m)^- `([a-z-]+)`: (.+)$").matcher(joined);
        while (line.find()) {
            Map<String, String> entries = new TreeMap<>();
            for (String entry : line.group(2).replaceAll("\\.$", "").split(",\\s*")) {
                String[] parts = entry.strip().split("\\s+", 2);
                entries.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
            out.put(line.group(1), entries);
        }
        return out;
    }

    private static List<Resource> members(String scheme) {
        return SCHEMES.listSubjectsWithProperty(SKOS.inScheme, SCHEMES.getResource(scheme)).toList();
    }

    private static List<String> literals(Resource r, Property p, String lang) {
        return r.listProperties(p).mapWith(s -> s.getObject()).filterKeep(RDFNode::isLiteral)
                .mapWith(RDFNode::asLiteral).filterKeep(l -> lang.equals(l.getLanguage()))
                .mapWith(Literal::getString).toList().stream().sorted().collect(Collectors.toList());
    }
}
