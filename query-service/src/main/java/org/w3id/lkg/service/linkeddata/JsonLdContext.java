package org.w3id.lkg.service.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.ontology.OntologyResources;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

/**
 * The JSON-LD context every JSON-LD answer names, published at {@link #PATH}: the prefixes, {@code label} for
 * rdfs:label, and one term per property of the ontology by its local name ({@code itemName}, {@code citedProvision}),
 * typed {@code @id} for object properties. Made from the ontology itself, so a new property gets its term.
 */
@Component
public class JsonLdContext {
    /** Where the context is served; stable across versions (terms are only ever added). */
    public static final String PATH = "/ns/context.jsonld";

    private final JsonObject context;
    private final byte[] document;

    JsonLdContext(WebIris iris) {
        this.context = build(iris.dataBase());
        JsonObject doc = Json.createObjectBuilder().add("@context", context).build();
        this.document = pretty(doc).getBytes(StandardCharsets.UTF_8);
    }

    /** The context object (the value of {@code @context}). */
    public JsonObject context() { return context; }

    /** The published document, {@code {"@context": {…}}}. */
    public byte[] document() { return document.clone(); }

    private static JsonObject build(String dataBase) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        Prefixes.of(dataBase).forEach(b::add);
        b.add("label", Json.createObjectBuilder().add("@id", RDFS.label.getURI()));
        Model ontology = OntologyResources.ontology();
        Map<String, Boolean> properties = new TreeMap<>();
        ontology.getGraph().find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach((Triple t) -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(Lkg.NS)) return;
            if (t.getObject().equals(OWL.ObjectProperty.asNode())) properties.put(s.getURI(), true);
            else if (t.getObject().equals(OWL.DatatypeProperty.asNode()) || t.getObject().equals(RDF.Property.asNode())
                    || t.getObject().equals(OWL.AnnotationProperty.asNode())) properties.putIfAbsent(s.getURI(), false);
        });
        properties.forEach((iri, object) -> {
            JsonObjectBuilder term = Json.createObjectBuilder().add("@id", iri);
            if (object) term.add("@type", "@id");
            b.add(iri.substring(Lkg.NS.length()), term);
        });
        return b.build();
    }

    /** A JSON value written indented. */
    static String pretty(jakarta.json.JsonStructure json) {
        JsonWriterFactory f = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter w = f.createWriter(out, StandardCharsets.UTF_8)) {
            w.write(json);
        }
        return out.toString(StandardCharsets.UTF_8).strip() + "\n";
    }

    static JsonObject parse(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static Node iri(String s) { return NodeFactory.createURI(s); }
}
