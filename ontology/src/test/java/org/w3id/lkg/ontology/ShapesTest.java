package org.w3id.lkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every fixture in {@code shapes/}: {@code *.valid.ttl} must conform; {@code *.invalid.ttl} must produce
 * exactly the results (focus node, path, constraint component) listed in its {@code *.expected.ttl}.
 */
class ShapesTest {
    private static final java.nio.file.Path DIR = fixtureDir();

    static Stream<String> fixtures() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".valid.ttl") || n.endsWith(".invalid.ttl"))
                    .sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(String name) {
        ValidationReport report = OntologyResources.validate(read(name).getGraph());
        if (name.endsWith(".valid.ttl")) {
            assertTrue(report.conforms(), () -> name + " should conform but:\n" + describe(report));
            return;
        }
        java.nio.file.Path expected = DIR.resolve(name.replace(".invalid.ttl", ".expected.ttl"));
        assertTrue(Files.exists(expected), () -> "an invalid fixture needs its expected results: " + expected);
        assertFalse(report.conforms(), () -> name + " should not conform");
        assertEquals(expectedResults(read(expected.getFileName().toString())), actualResults(report),
                () -> name + ":\n" + describe(report));
    }

    // The cases the design names must stay present, so that deleting a fixture cannot pass silently.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"item-minimal.valid.ttl", "item-without-name.invalid.ttl",
            "citation-indirect-without-via.invalid.ttl", "sanction-min-above-max.invalid.ttl",
            "item-power-type-from-wrong-scheme.invalid.ttl"})
    void namedCaseIsPresent(String name) {
        assertTrue(Files.exists(DIR.resolve(name)), name);
    }

    // A shape whose target no valid fixture instantiates is never shown to accept good data.
    @Test
    void validFixturesReachEveryTargetClass() throws IOException {
        Model all = ModelFactory.createDefaultModel().add(OntologyResources.ontology());
        fixtures().filter(n -> n.endsWith(".valid.ttl")).forEach(n -> all.add(read(n)));
        Model shapes = OntologyResources.shapes();
        Set<String> unreached = new TreeSet<>();
        shapes.listObjectsOfProperty(shapes.createProperty(SHACL.targetClass.getURI())).forEach(target -> {
            if (!hasInstance(all, target.asResource())) unreached.add(target.toString());
        });
        assertEquals(Set.of(), unreached);
    }

    @Test
    void referenceDataAloneConforms() {
        assertTrue(OntologyResources.validate(ModelFactory.createDefaultModel().getGraph()).conforms());
    }

    @Test
    void compiledShapesHoldEveryTargetedShapeOfTheTurtle() {
        Model shapes = OntologyResources.shapes();
        long targeted = Stream.of(SHACL.targetClass, SHACL.targetNode, SHACL.targetSubjectsOf, SHACL.targetObjectsOf)
                .flatMap(p -> shapes.getGraph().find(Node.ANY, p, Node.ANY).mapWith(t -> t.getSubject()).toList().stream())
                .distinct().count();
        assertEquals(targeted, OntologyResources.compiledShapes().numRootShapes());
    }

    private static boolean hasInstance(Model model, Resource cls) {
        if (model.contains(null, RDF.type, cls)) return true;
        return model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDFS.subClassOf, cls).toList().stream()
                .anyMatch(sub -> !sub.equals(cls) && hasInstance(model, sub));
    }

    private static Set<String> expectedResults(Model expected) {
        Graph g = expected.getGraph();
        return expected.listObjectsOfProperty(expected.createProperty(SHACL.result.getURI())).toList().stream()
                .map(RDFNode::asNode)
                .map(r -> key(single(g, r, SHACL.focusNode), pathAt(g, r), single(g, r, SHACL.sourceConstraintComponent)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> actualResults(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> key(e.focusNode(), e.resultPath(), e.sourceConstraintComponent()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(Node focus, Path path, Node component) {
        return focus.getURI() + " | " + (path == null ? "-" : path.toString()) + " | " + component.getLocalName();
    }

    private static Path pathAt(Graph g, Node result) {
        Node p = single(g, result, SHACL.resultPath);
        return p == null ? null : ShaclPaths.parsePath(g, p);
    }

    private static Node single(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    private static Model read(String name) {
        return RDFParser.source(DIR.resolve(name)).toModel();
    }

    private static java.nio.file.Path fixtureDir() {
        try {
            return java.nio.file.Path.of(ShapesTest.class.getResource("/shapes").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
