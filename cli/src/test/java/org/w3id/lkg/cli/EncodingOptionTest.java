package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ingest.PowerListFiles;
import org.w3id.lkg.ingest.SeedGraph;
import org.w3id.lkg.ingest.table.DecodedText;
import org.w3id.lkg.ontology.IriScheme;

/** {@code --encoding} overrides the detected encoding: wrong, it is bad input; right, the seed's graph. */
class EncodingOptionTest {
    @TempDir
    Path dir;

    @Test
    void encodingOptionOverridesTheGuess() throws Exception {
        // Same file name as the seed so the list key, and so every IRI, is the same.
        Path gbk = Files.createDirectories(dir.resolve("gb18030")).resolve(SeedGraph.SEED.getFileName());
        Files.write(gbk, Files.readString(SeedGraph.SEED, StandardCharsets.UTF_8).getBytes(DecodedText.GB18030));
        Path out = dir.resolve("out.nq");
        CommandRun forced = CommandRun.of("ingest", gbk.toString(), "--encoding", "UTF-8", "--out", out.toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, forced.exitCode());
        assertTrue(forced.err().contains("does not decode as UTF-8"), forced.err());
        assertFalse(Files.exists(out));
        CommandRun right = CommandRun.of("ingest", gbk.toString(), "--encoding", "GB18030", "--out", out.toString());
        assertEquals(0, right.exitCode(), right.err());
        Graph written = RDFDataMgr.loadDatasetGraph(out.toString()).getGraph(NodeFactory.createURI(IriScheme.standard()
                .listGraph(PowerListFiles.listKey(gbk))));
        assertTrue(written.isIsomorphicWith(SeedGraph.graph()), "the forced GB18030 reading is the seed's graph");
    }
}
