package org.w3id.lkg.ingest.table;

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
import org.w3id.lkg.ingest.cli.CommandRun;
import org.w3id.lkg.ingest.cli.LkgCommand;
import org.w3id.lkg.ontology.IriScheme;

/** GB18030 exports, a UTF-8 BOM and CRLF line ends read exactly like the plain UTF-8 seed. */
class EncodingTest {
    @TempDir
    Path dir;

    private Path variant(String text, java.nio.charset.Charset cs, byte[] prefix) throws Exception {
        // Same file name as the seed so the list key, and so every IRI, is the same.
        Path sub = Files.createDirectories(dir.resolve(cs.name() + prefix.length));
        Path p = sub.resolve(SeedGraph.SEED.getFileName());
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        Files.write(p, all);
        return p;
    }

    private static Graph ingest(Path p) { return SeedGraph.ingest(p); }

    private static String seedText() throws Exception { return Files.readString(SeedGraph.SEED, StandardCharsets.UTF_8); }

    @Test
    void gb18030IsDetectedAndReadLikeUtf8() throws Exception {
        Path gbk = variant(seedText(), DecodedText.GB18030, new byte[0]);
        assertEquals(DecodedText.GB18030, DecodedText.read(gbk, null).charset());
        assertTrue(ingest(gbk).isIsomorphicWith(SeedGraph.graph()));
    }

    @Test
    void bomAndCrlfAreFine() throws Exception {
        Path bom = variant(seedText().replace("\n", "\r\n"), StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertTrue(ingest(bom).isIsomorphicWith(SeedGraph.graph()));
    }

    @Test
    void encodingOptionOverridesTheGuess() throws Exception {
        Path gbk = variant(seedText(), DecodedText.GB18030, new byte[0]);
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
