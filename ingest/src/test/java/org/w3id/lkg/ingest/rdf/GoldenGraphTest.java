package org.w3id.lkg.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.lkg.ingest.PowerListIngest;
import org.w3id.lkg.ingest.citation.DocumentRegistry;

/**
 * Golden graphs: each small list under {@code golden/} (a few rows showing one case) is ingested and its named graph
 * compared, by isomorphism, with the hand-written {@code <case>.expected.trig} beside it. The registry's own
 * description of a cited document (titles, aliases, versions) is the registry's, copied as it is and checked by the
 * registry's tests; it is left out on both sides so that each expected file states only what its case is about.
 * On a mismatch the actual graph is written to {@code target/golden/<case>.actual.trig}.
 */
class GoldenGraphTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv") || n.endsWith(".csv"))
                    .sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheExpectedGraph(String list) throws IOException {
        String stem = list.substring(0, list.lastIndexOf('.'));
        PowerListIngest ingest = PowerListIngest.builder().source(DIR.resolve(list)).build();
        Graph actual = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(actual);
        sink.start();
        ingest.streamTo(sink);
        sink.finish();
        withoutRegistry(actual);

        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(DIR.resolve(stem + ".expected.trig").toString());
        Node name = NodeFactory.createURI(ingest.graphIri());
        expected.listGraphNodes().forEachRemaining(g -> assertEquals(name, g, "the expected file holds only the list's graph"));
        Graph want = expected.getGraph(name);
        if (!actual.isIsomorphicWith(want)) {
            Path out = Files.createDirectories(Path.of("target/golden")).resolve(stem + ".actual.trig");
            DatasetGraph ds = DatasetGraphFactory.createTxnMem();
            actual.find().forEachRemaining(t -> ds.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            ds.prefixes().putAll(expected.prefixes());
            try (OutputStream o = Files.newOutputStream(out)) {
                RDFDataMgr.write(o, ds, RDFFormat.TRIG_PRETTY);
            }
            fail(stem + ": graphs differ (actual in " + out + ")\nmissing: " + difference(want, actual)
                    + "\nunexpected: " + difference(actual, want));
        }
    }

    private static void withoutRegistry(Graph g) {
        Graph registry = DocumentRegistry.standard().model().getGraph();
        List<Triple> copied = g.find().filterKeep(registry::contains).toList();
        copied.forEach(g::delete);
    }

    // The graphs have no blank nodes, so a triple-set difference says exactly what differs.
    private static Set<String> difference(Graph a, Graph b) {
        Set<String> out = new TreeSet<>();
        a.find().filterDrop(b::contains).forEachRemaining(t -> out.add(t.toString()));
        return out;
    }
}
