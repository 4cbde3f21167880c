package org.w3id.lkg.store.load;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.apache.jena.riot.system.StreamRDF;
import org.w3id.lkg.ingest.IngestReport;
import org.w3id.lkg.ingest.PowerListIngest;

/**
 * One power list as a loader sees it: a key, the named graph it belongs in, and its triples on demand.
 *
 * <p>Loaders depend on this and not on {@link PowerListIngest} so that the store stage can be tested, and
 * benchmarked, with triples that do not come from the reader.
 */
public interface ListSource {
    /** The key that names the list in messages, e.g. the file stem {@code 000_9601f697a03374a4}. */
    String listKey();

    /** The IRI of the named graph the list's triples go into. */
    String graphIri();

    /**
     * Streams the list's triples, without graph names, to {@code sink}. The caller calls {@code start} and
     * {@code finish}; the source may be streamed more than once.
     *
     * @throws org.w3id.lkg.ingest.table.PowerListFormatException when the list cannot be read
     */
    IngestReport streamTo(StreamRDF sink);

    /** The name of the file the list is read from, recorded with its edition; null when it comes from no file. */
    default String sourceName() { return null; }

    /**
     * The SHA-256 of the bytes the list is read from, in lower-case hex: a load of the same bytes as the current
     * edition changes nothing. Null when unknown, and then every load is a new edition.
     */
    default String sha256() { return null; }

    /** The list that one reader run produces. */
    static ListSource of(PowerListIngest ingest) {
        Objects.requireNonNull(ingest, "ingest");
        return new ListSource() {
            @Override public String listKey() { return ingest.listKey(); }
            @Override public String graphIri() { return ingest.graphIri(); }
            @Override public IngestReport streamTo(StreamRDF sink) { return ingest.streamTo(sink); }
        };
    }

    /** The list that one reader run produces from {@code file}, named by the file and its bytes' SHA-256. */
    static ListSource of(PowerListIngest ingest, Path file) {
        Objects.requireNonNull(file, "file");
        ListSource inner = of(ingest);
        return new ListSource() {
            private String sha;
            @Override public String listKey() { return inner.listKey(); }
            @Override public String graphIri() { return inner.graphIri(); }
            @Override public IngestReport streamTo(StreamRDF sink) { return inner.streamTo(sink); }
            @Override public String sourceName() { return file.getFileName().toString(); }
            @Override public String sha256() {
                if (sha == null) sha = FileDigest.sha256(file);
                return sha;
            }
        };
    }

    /**
     * The same list with every sink passed through {@code wrapper} first: how progress and counting are added
     * around a load without the loader knowing.
     */
    default ListSource observedBy(UnaryOperator<StreamRDF> wrapper) {
        ListSource inner = this;
        return new ListSource() {
            @Override public String listKey() { return inner.listKey(); }
            @Override public String graphIri() { return inner.graphIri(); }
            @Override public IngestReport streamTo(StreamRDF sink) { return inner.streamTo(wrapper.apply(sink)); }
            @Override public String sourceName() { return inner.sourceName(); }
            @Override public String sha256() { return inner.sha256(); }
        };
    }
}
