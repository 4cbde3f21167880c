package org.w3id.lkg.ingest.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;

/**
 * A file that RDF streams into: TriG, N-Quads (named graphs kept) or Turtle, N-Triples (graphs merged), chosen by
 * name or extension. Written to a temporary file beside the target and moved into place only on {@link #commit()},
 * so a failed ingest leaves no partial output.
 */
public final class RdfOutput implements AutoCloseable {
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "trig", RDFFormat.TRIG_BLOCKS, "nq", RDFFormat.NQUADS, "nquads", RDFFormat.NQUADS,
            "ttl", RDFFormat.TURTLE_BLOCKS, "turtle", RDFFormat.TURTLE_BLOCKS, "nt", RDFFormat.NTRIPLES,
            "ntriples", RDFFormat.NTRIPLES);

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private final StreamRDF stream;
    private final boolean quads;
    private boolean committed;

    private RdfOutput(Path target, RDFFormat format, IriScheme iris) throws IOException {
        this.target = target.toAbsolutePath();
        Files.createDirectories(this.target.getParent());
        this.temp = Files.createTempFile(this.target.getParent(), "." + target.getFileName(), ".part");
        // a temporary file is made readable by its owner alone; the output is an ordinary file others may read
        if (Files.getFileStore(temp).supportsFileAttributeView("posix"))
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        this.out = Files.newOutputStream(temp);
        this.quads = format.getLang().equals(org.apache.jena.riot.Lang.TRIG) || format.getLang().equals(org.apache.jena.riot.Lang.NQUADS);
        this.stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        StreamRDFOps.sendPrefixesToStream(prefixes(iris), stream);
    }

    /** Opens {@code target}; {@code formatName} (trig, nq, ttl, nt) wins over the extension when given. */
    public static RdfOutput open(Path target, String formatName, IriScheme iris) {
        String name = formatName != null ? formatName : extension(target);
        RDFFormat format = FORMATS.get(name.toLowerCase(Locale.ROOT));
        if (format == null && formatName != null) {
            throw new OutputFormatException("--format " + formatName + ": expected trig, nq, ttl or nt");
        }
        if (format == null) {
            throw new OutputFormatException("cannot tell the RDF syntax of " + target + "; use .trig, .nq, .ttl or .nt, or --format");
        }
        try {
            return new RdfOutput(target, format, iris);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** The sink for one named graph (for Turtle and N-Triples the graphs merge). */
    public StreamRDF graph(String graphIri) {
        return quads ? new NamedGraphStream(stream, graphIri) : new org.apache.jena.riot.system.StreamRDFWrapper(stream) {
            @Override public void start() {}
            @Override public void finish() {}
        };
    }

    public Path target() { return target; }

    /** Finishes the file and moves it into place. */
    public void commit() {
        stream.finish();
        try {
            out.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    @Override
    public void close() {
        if (committed) return;
        try {
            out.close();
        } catch (IOException ignored) {
            // the temporary file is removed below either way
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + temp, e);
        }
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    static PrefixMapping prefixes(IriScheme iris) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("lkg", Lkg.NS);
        pm.setNsPrefix("id", iris.base());
        pm.setNsPrefix("eli", "http://data.europa.eu/eli/ontology#");
        pm.setNsPrefix("org", "http://www.w3.org/ns/org#");
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        return pm;
    }
}
