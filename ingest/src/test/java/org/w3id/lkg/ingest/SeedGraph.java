package org.w3id.lkg.ingest;

import java.nio.file.Path;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/** The seed list ingested once per test JVM, as a graph to query. */
public final class SeedGraph {
    public static final Path SEED = Path.of("../seeds/000_9601f697a03374a4.txt");
    public static final String PREFIXES = """
            PREFIX lkg: <https://w3id.org/lkg/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private static Graph graph;
    private static IngestReport report;

    private SeedGraph() {}

    public static synchronized Graph graph() {
        if (graph == null) {
            graph = GraphFactory.createDefaultGraph();
            report = ingestInto(SEED, graph);
        }
        return graph;
    }

    /** Any list (a fixture, say) ingested into a fresh graph. */
    public static Graph ingest(Path list) {
        Graph g = GraphFactory.createDefaultGraph();
        ingestInto(list, g);
        return g;
    }

    private static IngestReport ingestInto(Path list, Graph g) {
        StreamRDF sink = StreamRDFLib.graph(g);
        sink.start();
        IngestReport r = PowerListIngest.builder().source(list).build().streamTo(sink);
        sink.finish();
        return r;
    }

    public static IngestReport report() {
        graph();
        return report;
    }

    /** Runs a SELECT (PREFIXES added) over the seed's graph. */
    public static RowSetRewindable select(String sparql) {
        return select(graph(), sparql);
    }

    /** Runs a SELECT (PREFIXES added) over {@code g}. */
    public static RowSetRewindable select(Graph g, String sparql) {
        Query q = QueryFactory.create(PREFIXES + sparql);
        DatasetGraph ds = DatasetGraphFactory.wrap(g);
        try (QueryExec qe = QueryExec.dataset(ds).query(q).build()) {
            return qe.select().rewindable();
        }
    }
}
