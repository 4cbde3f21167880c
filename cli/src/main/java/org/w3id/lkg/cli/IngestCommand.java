package org.w3id.lkg.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDFOps;
import org.w3id.lkg.ingest.IngestReport;
import org.w3id.lkg.ingest.PowerListFiles;
import org.w3id.lkg.ingest.PowerListIngest;
import org.w3id.lkg.ingest.rdf.RdfOutput;
import org.w3id.lkg.ingest.statute.StatuteLibrary;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.OntologyResources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lkg ingest LIST… --out FILE}: power lists to RDF, each list in its own named graph, plus the ontology graph. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read power lists (TSV/CSV in UTF-8 or GB18030, Excel .xlsx/.xls, saved web pages) and write their RDF (TriG, N-Quads, Turtle, N-Triples).")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "LIST", description = "power-list files (TSV, CSV, .xlsx, .xls, .html), or folders of them (their *.txt, *.tsv, *.csv, *.xlsx, *.xls, *.html, *.htm)")
    List<Path> lists;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file; the syntax follows its extension (.trig .nq .ttl .nt)")
    Path out;

    @Option(names = "--format", paramLabel = "SYNTAX", description = "trig, nq, ttl or nt, overriding the extension")
    String format;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "the lists' encoding (default: detected, UTF-8 else GB18030)")
    Charset encoding;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/lkg/id/", description = "base of the data IRIs (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--no-ontology", description = "leave the ontology and concept schemes out of the output")
    boolean noOntology;

    @Mixin
    StatuteOptions statutes;

    @Mixin
    FindingOptions findings;

    @Override
    public Integer call() {
        IriScheme iris = IriScheme.under(base);
        List<Path> files = PowerListFiles.expand(lists);   // before the output is opened: a typo leaves no file behind
        StatuteLibrary library = statutes.library(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        try (RdfOutput output = RdfOutput.open(out, format, iris)) {
            for (Path list : files) {
                PowerListIngest ingest = PowerListIngest.builder().source(list).iris(iris).encoding(encoding)
                        .statutes(library).failOn(findings.failOn).build();
                IngestReport report = ingest.streamTo(output.graph(ingest.graphIri()));
                System.err.println("lkg ingest: " + report.summary());
            }
            if (!noOntology) {
                StreamRDFOps.sendGraphToStream(OntologyResources.reference(), output.graph(iris.ontologyGraph()));
            }
            output.commit();
            System.err.println("lkg ingest: wrote " + output.target());
        }
        return 0;
    }
}
