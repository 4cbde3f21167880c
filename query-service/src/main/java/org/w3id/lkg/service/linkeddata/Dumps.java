package org.w3id.lkg.service.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.w3id.lkg.service.system.LkgStore;

/**
 * The dumps of the whole graph, gzipped N-Quads and TriG, one pair per {@link GraphVersion}: made in one streaming
 * pass over the store into temporary files, then moved into place atomically, so a reader sees the old pair or the
 * new one, never half of one. Made again when the version changes: checked every few seconds in the background, and
 * on a request that finds the pair stale.
 */
@Component
public class Dumps {
    private static final Logger log = LoggerFactory.getLogger(Dumps.class);
    private static final Query ALL = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
    /** The names the dumps are served under. */
    public static final String NQUADS = "lkg.nq.gz", TRIG = "lkg.trig.gz";

    /** One made pair: the version it holds, its files and how many quads. */
    public record Made(GraphVersion.Version version, Path nquads, Path trig, long quads) {}

    private final LkgStore store;
    private final GraphVersion version;
    private final Path folder;
    private final String dataBase;
    private volatile Made made;

    Dumps(LkgStore store, GraphVersion version, PublishingProperties properties) {
        this.store = store;
        this.dataBase = properties.dataBase();
        this.version = version;
        this.folder = properties.dumps().toAbsolutePath().normalize();
    }

    /** The pair for the store's current version, made first if it is not there yet. */
    public Made current() {
        store.requireReady();
        GraphVersion.Version v = version.current();
        Made m = made;
        if (m != null && m.version().tag().equals(v.tag())) return m;
        return make(v);
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT10S")
    void refresh() {
        if (store.state() != LkgStore.State.READY) return;
        try {
            current();
        } catch (RuntimeException e) {
            log.warn("dumps: could not be made: {}", e.getMessage());
        }
    }

    private synchronized Made make(GraphVersion.Version v) {
        Made m = made;
        if (m != null && m.version().tag().equals(v.tag())) return m;
        long start = System.nanoTime();
        try {
            Files.createDirectories(folder);
            Path nq = folder.resolve("lkg-" + v.tag() + ".nq.gz"), trig = folder.resolve("lkg-" + v.tag() + ".trig.gz");
            Path nqTmp = Files.createTempFile(folder, ".lkg-", ".nq.gz.part"), trigTmp = Files.createTempFile(folder, ".lkg-", ".trig.gz.part");
            long quads;
            try {
                quads = write(nqTmp, trigTmp);
                move(nqTmp, nq);
                move(trigTmp, trig);
            } finally {
                Files.deleteIfExists(nqTmp);
                Files.deleteIfExists(trigTmp);
            }
            made = new Made(v, nq, trig, quads);
            removeOlder(nq, trig);
            log.info("dumps: {} quads written to {} in {} ms", quads, folder, (System.nanoTime() - start) / 1_000_000);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps to " + folder + ": " + e.getMessage(), e);
        }
    }

    private long write(Path nq, Path trig) throws IOException {
        try (OutputStream nqOut = new GZIPOutputStream(Files.newOutputStream(nq), 1 << 16);
             OutputStream trigOut = new GZIPOutputStream(Files.newOutputStream(trig), 1 << 16)) {
            StreamRDF a = StreamRDFWriter.getWriterStream(nqOut, RDFFormat.NQUADS);
            StreamRDF b = StreamRDFWriter.getWriterStream(trigOut, RDFFormat.TRIG_BLOCKS);
            a.start();
            b.start();
            Prefixes.of(dataBase).forEach(b::prefix);
            long n = store.source().execute(ALL, null, qe -> {
                long count = 0;
                var rows = qe.select();
                while (rows.hasNext()) {
                    var r = rows.next();
                    Quad q = Quad.create(r.get("g"), r.get("s"), r.get("p"), r.get("o"));
                    a.quad(q);
                    b.quad(q);
                    count++;
                }
                return count;
            });
            a.finish();
            b.finish();
            return n;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void removeOlder(Path keepA, Path keepB) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "lkg-*.gz")) {
            for (Path f : files) if (!f.equals(keepA) && !f.equals(keepB)) Files.deleteIfExists(f);
        } catch (IOException e) {
            log.warn("dumps: could not remove an older dump: {}", e.getMessage());
        }
    }
}
