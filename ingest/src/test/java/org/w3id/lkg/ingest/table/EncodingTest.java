package org.w3id.lkg.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ingest.SeedGraph;

/**
 * GB18030 exports, a UTF-8 BOM and CRLF line ends read exactly like the plain UTF-8 seed. The {@code --encoding}
 * option that overrides the guess is tested with the command line (cli's EncodingOptionTest).
 */
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

    // Excel's "Unicode text" export: UTF-16 little-endian with a BOM and CRLF; also without a BOM, and big-endian
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}, BOM {1}")
    @org.junit.jupiter.params.provider.CsvSource({"UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-16LE, ''", "UTF-16BE, ''"})
    void utf16IsDetectedByItsBomOrItsZeroBytes(String charset, String bom) throws Exception {
        java.nio.charset.Charset cs = java.nio.charset.Charset.forName(charset);
        byte[] prefix = java.util.HexFormat.of().parseHex(bom);
        Path p = variant(seedText().replace("\n", "\r\n"), cs, prefix.length == 0 ? new byte[0] : prefix);
        assertEquals(cs, DecodedText.read(p, null).charset());
        assertTrue(ingest(p).isIsomorphicWith(SeedGraph.graph()));
    }

    @Test
    void aFifoOrAFolderIsNotAListAndSaysSo() throws Exception {
        Path fifo = dir.resolve("list.tsv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (Path p : new Path[] {fifo, dir}) {   // reading the FIFO would block for ever
            PowerListFormatException e = org.junit.jupiter.api.Assertions.assertThrows(PowerListFormatException.class,
                    () -> DecodedText.read(p, null));
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        }
    }
}
