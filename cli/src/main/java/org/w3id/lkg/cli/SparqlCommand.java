package org.w3id.lkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.w3id.lkg.sparql.SparqlSource;
import org.w3id.lkg.sparql.UserQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lkg sparql QUERY}: any SPARQL query over RDF files or a TDB2 store, the union of all graphs as default graph. */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (text, or @file.rq) over RDF files or a TDB2 store.")
final class SparqlCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "the query text, or @FILE to read it from a file")
    String query;

    @Mixin
    DataOptions data;

    @Option(names = "--format", defaultValue = "text", description = "SELECT/ASK results: text, csv, tsv, json, xml (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--syntax", defaultValue = "turtle", description = "CONSTRUCT/DESCRIBE output: turtle, ntriples, jsonld, rdfxml, trig")
    String syntax;

    @Option(names = "--timeout", defaultValue = "60", description = "seconds before the query is cancelled (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        String text = query.startsWith("@") ? java.nio.file.Files.readString(java.nio.file.Path.of(query.substring(1))) : query;
        Query q;
        try {
            q = UserQuery.parse(text);
        } catch (UserQuery.NotAQueryException e) {
            if (e.isUpdate()) {
                throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "that is a SPARQL Update; lkg sparql only runs queries "
                        + "(SELECT, ASK, CONSTRUCT, DESCRIBE): lists get into a store with lkg load", e);
            }
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "the query does not parse: " + e.firstLine(), e);
        }
        SparqlSource source = SparqlSource.of(data.open());
        QueryRunner.run(source, q, Formats.result(format), syntax, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                Duration.ofSeconds(timeoutSeconds));
        return 0;
    }
}
