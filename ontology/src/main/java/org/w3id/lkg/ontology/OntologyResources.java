package org.w3id.lkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphReadOnly;

/** The ontology, concept schemes and SHACL shapes of the lkg graph, read from this module's classpath. */
public final class OntologyResources {
    /** Classpath location of the OWL ontology. */
    public static final String ONTOLOGY_PATH = "org/w3id/lkg/ontology/lkg.ttl";
    /** Classpath location of the SKOS concept schemes. */
    public static final String SCHEMES_PATH = "org/w3id/lkg/ontology/schemes.ttl";
    /** Classpath location of the SHACL shapes. */
    public static final String SHAPES_PATH = "org/w3id/lkg/ontology/shapes.ttl";

    private OntologyResources() {}

    /** A fresh model of the OWL ontology ({@code lkg.ttl}); callers may change it. */
    public static Model ontology() { return read(ONTOLOGY_PATH); }

    /** A fresh model of the SKOS concept schemes ({@code schemes.ttl}); callers may change it. */
    public static Model schemes() { return read(SCHEMES_PATH); }

    /** A fresh model of the SHACL shapes ({@code shapes.ttl}); callers may change it. */
    public static Model shapes() { return read(SHAPES_PATH); }

    /**
     * The ontology and the concept schemes as one read-only graph, parsed once and shared: what a store's ontology
     * graph holds and what shapes read data against.
     */
    public static Graph reference() { return Reference.GRAPH; }

    /** The shapes compiled for jena-shacl, parsed once and shared: compiling is the costly part of validation. */
    public static Shapes compiledShapes() { return Compiled.SHAPES; }

    /**
     * Validates {@code data} against the shapes, read together with the schemes and the ontology;
     * {@code data} is neither copied nor changed.
     */
    public static ValidationReport validate(Graph data) {
        // The shapes need the schemes (concepts are typed and in their scheme there) and the ontology
        // (sh:class follows rdfs:subClassOf there), so the data is seen through a union with both.
        return ShaclValidator.get().validate(Compiled.SHAPES, new Union(data, Compiled.REFERENCE));
    }

    // Class initialisation makes the one-time parse lazy and thread-safe without locks. Two holders, not one: ingest
    // reads the reference graph but never validates, and parsing the shapes (with jena-shacl's classes) was a sixth of
    // its start-up (bench/ingest).
    private static final class Compiled {
        static final Shapes SHAPES = Shapes.parse(read(SHAPES_PATH));
        static final Graph REFERENCE = Reference.GRAPH;
    }

    private static final class Reference {
        static final Graph GRAPH = new GraphReadOnly(read(ONTOLOGY_PATH).add(read(SCHEMES_PATH)).getGraph());
    }

    private static Model read(String path) {
        try (InputStream in = OntologyResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("classpath resource not found: " + path);
            Model model = ModelFactory.createDefaultModel();
            RDFParser.create().source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }
}
