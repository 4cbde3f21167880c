package org.w3id.lkg.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.apache.jena.riot.system.StreamRDF;
import org.w3id.lkg.ingest.analysis.PowerListAnalyser;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.list.PowerListReader;
import org.w3id.lkg.ingest.rdf.PowerListRdfWriter;
import org.w3id.lkg.ingest.statute.CitationAudit;
import org.w3id.lkg.ingest.statute.StatuteLibrary;
import org.w3id.lkg.ingest.table.TableFormat;
import org.w3id.lkg.ontology.IriScheme;

/**
 * Wires table reader (by the file's format) → list reader → analyser → RDF writer for one file; each stage pushes into
 * the next.
 */
final class PowerListPipeline {
    private final Path source;
    private final Charset encoding;
    private final IriScheme iris;
    private final String listKey;
    private final StatuteLibrary statutes;

    PowerListPipeline(Path source, Charset encoding, IriScheme iris, String listKey, StatuteLibrary statutes) {
        this.source = source;
        this.encoding = encoding;
        this.iris = iris;
        this.listKey = listKey;
        this.statutes = statutes;
    }

    IngestReport run(StreamRDF sink) {
        DocumentRegistry registry = DocumentRegistry.standard();
        PowerListRdfWriter writer = new PowerListRdfWriter(sink, iris, listKey, source.getFileName().toString(), registry);
        PowerListAnalyser analyser = new PowerListAnalyser(writer, registry, statutes == null ? null : new CitationAudit(statutes));
        TableFormat.of(source).reader(encoding).read(source, new PowerListReader(analyser));
        return new IngestReport(listKey, writer.items(), writer.citations(), writer.findings(), writer.triples(), writer.basisLinks());
    }
}
