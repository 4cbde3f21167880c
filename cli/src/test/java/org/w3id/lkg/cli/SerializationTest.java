package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.lkg.ingest.SeedGraph;
import org.w3id.lkg.store.fixture.RioGraphs;

/** Every syntax lkg ingest writes parses in RDF4J Rio (an independent toolkit) to a graph isomorphic to Jena's. */
class SerializationTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lkg.trig, TRIG", "lkg.nq, NQUADS", "lkg.ttl, TURTLE", "lkg.nt, NTRIPLES"})
    void rioReadsWhatJenaWrote(String file, String rioFormat) throws Exception {
        Path out = dir.resolve(file);
        CommandRun run = CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());

        DatasetGraph jena = DatasetGraphFactory.create();
        RDFDataMgr.read(jena, out.toString());
        Model rio;
        try (InputStream in = Files.newInputStream(out)) {
            rio = Rio.parse(in, "", (RDFFormat) RDFFormat.class.getField(rioFormat).get(null));
        }
        DatasetGraph fromRio = RioGraphs.toJena(rio);

        assertTrue(jena.getDefaultGraph().size() + countNamed(jena) > 9000, "the seed's graph is all there");
        assertEquals(countAll(jena), countAll(fromRio), "same number of quads");
        assertTrue(IsoMatcher.isomorphic(jena, fromRio), "isomorphic datasets");
        boolean named = rioFormat.equals("TRIG") || rioFormat.equals("NQUADS");
        assertEquals(named, countNamed(jena) > 0, "named graphs kept exactly when the syntax has them");
    }

    private static long countAll(DatasetGraph d) { return d.getDefaultGraph().size() + countNamed(d); }

    private static long countNamed(DatasetGraph d) {
        long n = 0;
        for (var it = d.listGraphNodes(); it.hasNext(); ) n += d.getGraph(it.next()).size();
        return n;
    }
}
