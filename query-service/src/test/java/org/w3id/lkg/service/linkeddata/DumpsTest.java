package org.w3id.lkg.service.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.sparql.SparqlSource;

/**
 * The graph's version, and the dumps with it, change when the store changes: a real in-memory Jena dataset changed
 * under them, the version seen to move, the dumps made again, the old pair gone and nothing half-written left.
 */
class DumpsTest {
    @TempDir
    Path dir;

    @Test
    void aChangedStoreGetsANewVersionAndNewDumps() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        add(data, "a");
        LkgStore store = new LkgStore() {
            final SparqlSource source = SparqlSource.of(data);
            @Override public SparqlSource source() { return source; }
            @Override public SparqlSource lookups() { return source; }
            @Override public State state() { return State.READY; }
            @Override public String detail() { return "in memory"; }
            @Override public String describe() { return "in memory"; }
            @Override public Optional<String> fusekiEndpoint() { return Optional.empty(); }
        };
        GraphVersion version = new GraphVersion(store);
        Dumps dumps = new Dumps(store, version, new PublishingProperties(null, "https://w3id.org/lkg/id/", dir, 200, "https://example.org/licence"));

        Dumps.Made first = dumps.current();
        assertEquals(1, first.quads());
        assertEquals(1, quads(first.nquads(), Lang.NQUADS));
        assertEquals(1, quads(first.trig(), Lang.TRIG));
        assertEquals(first, dumps.current(), "the same version: the same files");

        add(data, "b");
        long deadline = System.currentTimeMillis() + 10_000;   // seen within RECHECK and one count in the background
        while (version.current().tag().equals(first.version().tag()) && System.currentTimeMillis() < deadline) Thread.sleep(100);
        Dumps.Made second = dumps.current();
        assertNotEquals(first.version().tag(), second.version().tag());
        assertEquals(2, quads(second.nquads(), Lang.NQUADS));
        assertEquals(2, quads(second.trig(), Lang.TRIG));
        assertTrue(Files.notExists(first.nquads()) && Files.notExists(first.trig()), "the old pair is removed");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "two dumps and no temporary file left");
        }
    }

    private static void add(DatasetGraph d, String s) {
        Txn.executeWrite(d, () -> d.add(Quad.create(NodeFactory.createURI("https://w3id.org/lkg/id/graph/g"),
                NodeFactory.createURI("https://w3id.org/lkg/id/" + s), NodeFactory.createURI("https://w3id.org/lkg/ontology#p"),
                NodeFactory.createLiteralLang("值", "zh"))));
    }

    private static long quads(Path gz, Lang lang) throws Exception {
        DatasetGraph d = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            RDFParser.source(in).lang(lang).parse(d);
        }
        long n = 0;
        for (var it = d.find(); it.hasNext(); it.next()) n++;
        return n;
    }
}
