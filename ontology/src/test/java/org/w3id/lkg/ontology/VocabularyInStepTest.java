package org.w3id.lkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps Lkg.java and lkg.ttl in step, and checks that every term in lkg.ttl is fully described. */
class VocabularyInStepTest {
    private static final Model ONTOLOGY = OntologyResources.ontology();
    /** Declared in lkg.ttl for the document registry, deliberately without a Java constant. */
    private static final Set<String> REGISTRY_ONLY = Set.of(Lkg.NS + "FormName");
    private static final List<Resource> TERM_TYPES = List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty);

    static Stream<Field> constants() {
        return Arrays.stream(Lkg.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()));
    }

    static Stream<String> constantNames() {
        return constants().map(Field::getName);
    }

    static Stream<String> declaredTerms() {
        return declared().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constantNames")
    void constantIsDeclaredAsItsKind(String name) throws ReflectiveOperationException {
        Field field = Lkg.class.getField(name);
        Resource term = (Resource) field.get(null);
        assertEquals(Lkg.NS + field.getName(), term.getURI(), "a constant is named like its term");
        Resource r = ONTOLOGY.getResource(term.getURI());
        if (field.getType() == Property.class) {
            assertTrue(r.hasProperty(RDF.type, OWL2.ObjectProperty) || r.hasProperty(RDF.type, OWL2.DatatypeProperty),
                    term + " is not declared as a property in lkg.ttl");
        } else {
            assertTrue(r.hasProperty(RDF.type, OWL2.Class), term + " is not declared as a class in lkg.ttl");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredTerms")
    void termIsDescribed(String iri) {
        Resource r = ONTOLOGY.getResource(iri);
        assertTrue(hasLiteral(r, RDFS.label, "zh"), iri + " needs rdfs:label @zh");
        assertTrue(hasLiteral(r, RDFS.label, "en"), iri + " needs rdfs:label @en");
        assertTrue(hasLiteral(r, RDFS.comment, "en"), iri + " needs rdfs:comment @en");
        assertTrue(r.hasProperty(RDFS.isDefinedBy), iri + " needs rdfs:isDefinedBy");
        if (!r.hasProperty(RDF.type, OWL2.Class)) {
            assertTrue(r.hasProperty(RDFS.domain), iri + " needs rdfs:domain");
            assertTrue(r.hasProperty(RDFS.range), iri + " needs rdfs:range");
        }
    }

    // An object property must not range over literals, nor a datatype property over resources.
    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredTerms")
    void rangeMatchesPropertyKind(String iri) {
        Resource r = ONTOLOGY.getResource(iri);
        if (r.hasProperty(RDF.type, OWL2.Class)) return;
        Resource range = r.getPropertyResourceValue(RDFS.range);
        boolean literalRange = range.isURIResource() && (range.getURI().startsWith("http://www.w3.org/2001/XMLSchema#")
                || range.equals(RDF.langString) || range.equals(RDFS.Literal));
        boolean datatypeProperty = r.hasProperty(RDF.type, OWL2.DatatypeProperty);
        assertEquals(datatypeProperty, literalRange, iri + " has range " + range);
        assertTrue(datatypeProperty ^ r.hasProperty(RDF.type, OWL2.ObjectProperty), iri + " is exactly one kind");
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        Set<String> fromJava = constants().map(VocabularyInStepTest::uriOf).collect(Collectors.toCollection(TreeSet::new));
        Set<String> fromTurtle = new TreeSet<>(declared());
        fromTurtle.removeAll(REGISTRY_ONLY);
        assertEquals(fromJava, fromTurtle);
        assertTrue(declared().containsAll(REGISTRY_ONLY), "lkg:FormName is declared");
    }

    // Catches a misspelt lkg: term in a domain, a range or a shape, which RDF would otherwise accept.
    @Test
    void everyLkgTermUsedIsDeclared() {
        Set<String> used = new TreeSet<>();
        Stream.of(ONTOLOGY, OntologyResources.shapes()).forEach(m -> m.listStatements().forEach(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(Lkg.NS)) used.add(n.asResource().getURI());
            }
        }));
        used.removeAll(declared());
        assertEquals(Set.of(), used);
    }

    // The mappings MODEL.md promises to the standard vocabularies.
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "LegalDocument,      subClassOf,    http://data.europa.eu/eli/ontology#LegalResource",
        "DocumentVersion,    subClassOf,    http://data.europa.eu/eli/ontology#LegalResource",
        "Provision,          subClassOf,    http://data.europa.eu/eli/ontology#LegalResourceSubdivision",
        "Article,            subClassOf,    https://w3id.org/lkg/ontology#Provision",
        "PowerList,          subClassOf,    http://www.w3.org/ns/prov#Entity",
        "PowerList,          subClassOf,    http://www.w3.org/ns/dcat#Dataset",
        "PowerItem,          subClassOf,    http://www.w3.org/ns/prov#Entity",
        "Citation,           subClassOf,    http://www.w3.org/ns/prov#Entity",
        "QualityFinding,     subClassOf,    http://www.w3.org/ns/prov#Entity",
        "versionOf,          subPropertyOf, http://data.europa.eu/eli/ontology#is_member_of",
        "adoptionDate,       subPropertyOf, http://data.europa.eu/eli/ontology#date_document",
        "promulgationDate,   subPropertyOf, http://data.europa.eu/eli/ontology#date_publication",
        "effectiveDate,      subPropertyOf, http://data.europa.eu/eli/ontology#first_date_entry_in_force",
        "reliesOn,           subPropertyOf, http://data.europa.eu/eli/ontology#based_on",
        "exercisedBy,        range,         http://www.w3.org/ns/org#Organization",
        "handledBy,          range,         http://www.w3.org/ns/org#OrganizationalUnit",
    })
    void mapsToStandardVocabulary(String local, String relation, String target) {
        Property p = switch (relation) {
            case "subClassOf" -> RDFS.subClassOf;
            case "subPropertyOf" -> RDFS.subPropertyOf;
            default -> RDFS.range;
        };
        assertTrue(ONTOLOGY.contains(ONTOLOGY.getResource(Lkg.NS + local), p, ONTOLOGY.getResource(target)));
    }

    private static Set<String> declared() {
        Set<String> out = new TreeSet<>();
        for (Resource type : TERM_TYPES) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEach(s -> {
                if (s.isURIResource() && s.getURI().startsWith(Lkg.NS)) out.add(s.getURI());
            });
        }
        return out;
    }

    private static boolean hasLiteral(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream()
                .anyMatch(s -> s.getObject().isLiteral() && lang.equals(s.getLiteral().getLanguage())
                        && !s.getString().isBlank());
    }

    private static String uriOf(Field f) {
        try {
            return ((Resource) f.get(null)).getURI();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
