package org.w3id.lkg.service.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.stereotype.Component;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Writes graphs in the RDF forms, with the readable prefixes of {@link Prefixes}: Turtle and TriG grouped by
 * subject, RDF/XML, N-Triples, and JSON-LD compacted against the published context ({@link JsonLdContext}), which
 * the answer names by its URL rather than repeating it.
 */
@Component
public class DescriptionWriter {
    private final WebIris iris;
    private final JsonLdContext context;

    DescriptionWriter(WebIris iris, JsonLdContext context) {
        this.iris = iris;
        this.context = context;
    }

    /** {@code graph} in {@code form} (not HTML), UTF-8. */
    public byte[] write(Graph graph, RdfForm form) {
        graph.getPrefixMapping().setNsPrefixes(Prefixes.mapping(iris.dataBase()));
        return switch (form) {
            case TURTLE -> jena(DatasetGraphFactory.wrap(graph), RDFFormat.TURTLE_PRETTY, false);
            case RDFXML -> jena(DatasetGraphFactory.wrap(graph), RDFFormat.RDFXML_PLAIN, false);
            case NTRIPLES -> jena(DatasetGraphFactory.wrap(graph), RDFFormat.NTRIPLES, false);
            case TRIG -> jena(DatasetGraphFactory.wrap(graph), RDFFormat.TRIG_PRETTY, true);
            case JSONLD -> jsonLd(DatasetGraphFactory.wrap(graph));
            case HTML -> throw new IllegalArgumentException("HTML is written by the pages");
        };
    }

    /** A dataset in TriG (graph names kept). */
    public byte[] trig(DatasetGraph dataset) {
        dataset.prefixes().putAll(Prefixes.mapping(iris.dataBase()));
        return jena(dataset, RDFFormat.TRIG_PRETTY, true);
    }

    private static byte[] jena(DatasetGraph d, RDFFormat format, boolean dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        if (dataset) RDFWriter.source(d).format(format).output(out);
        else RDFWriter.source(d.getDefaultGraph()).format(format).output(out);
        return out.toByteArray();
    }

    // Jena writes expanded JSON-LD (no context); Titanium compacts it against our context; the answer then names
    // the context by URL, so clients fetch it once and the answer stays short.
    private byte[] jsonLd(DatasetGraph d) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFWriter.source(d).format(RDFFormat.JSONLD11_PLAIN).output(expanded);
        try {
            JsonDocument in = JsonDocument.of(new StringReader(expanded.toString(StandardCharsets.UTF_8)));
            JsonDocument ctx = JsonDocument.of(Json.createObjectBuilder().add("@context", context.context()).build());
            JsonObject compacted = JsonLd.compact(in, ctx).get();
            JsonObjectBuilder b = Json.createObjectBuilder().add("@context", iris.absolute(JsonLdContext.PATH));
            compacted.forEach((k, v) -> { if (!k.equals("@context")) b.add(k, v); });
            return JsonLdContext.pretty(b.build()).getBytes(StandardCharsets.UTF_8);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

}
