package org.w3id.lkg.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.apache.jena.riot.system.StreamRDF;
import org.w3id.lkg.ontology.IriScheme;

/** Wires reader, extractors and RDF writer for one file. */
final class PowerListPipeline {
    private final Path source;
    private final Charset encoding;
    private final IriScheme iris;

    PowerListPipeline(Path source, Charset encoding, IriScheme iris) {
        this.source = source;
        this.encoding = encoding;
        this.iris = iris;
    }

    IngestReport run(StreamRDF sink) {
        throw new UnsupportedOperationException("being written");
    }
}
