package org.w3id.lkg.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.jena.riot.system.StreamRDF;
import org.w3id.lkg.ingest.statute.StatuteLibrary;
import org.w3id.lkg.ingest.table.PowerListFormatException;
import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ontology.IriScheme;

/**
 * Turns one power-list file into RDF: read, extract, and stream the triples of the list's graph to a sink.
 * The triples carry no graph name; {@link #graphIri()} says which named graph they belong in.
 */
public final class PowerListIngest {
    private final Path source;
    private final IriScheme iris;
    private final Charset encoding;
    private final StatuteLibrary statutes;
    private final FindingPolicy failOn;

    private PowerListIngest(Builder b) {
        this.source = b.source;
        this.iris = b.iris;
        this.encoding = b.encoding;
        this.statutes = b.statutes;
        this.failOn = b.failOn;
    }

    public static Builder builder() { return new Builder(); }

    /** The file stem that names the list: {@code seeds/000_9601f697a03374a4.txt} → {@code 000_9601f697a03374a4}. */
    public String listKey() { return PowerListFiles.listKey(source); }

    public String graphIri() { return iris.listGraph(listKey()); }

    /**
     * Reads the list and streams its triples to {@code sink} (start/finish are the caller's).
     *
     * @throws PowerListFormatException when the file is not a readable power list, or holds no power item (a header
     *         alone is no list, and loading it would empty the list it replaces); nothing has been sent to the sink's
     *         store yet only if the caller stages, so loaders must stage (see the store module).
     * @throws RejectedFindingsException after the whole list has been streamed, when its {@link FindingPolicy}
     *         rejects some of its findings (never, by default)
     */
    public IngestReport streamTo(StreamRDF sink) {
        if (failOn == FindingPolicy.NEVER) return withItems(new PowerListPipeline(source, encoding, iris, listKey(), statutes).run(sink));
        FindingWatch watch = new FindingWatch(sink);
        IngestReport report = withItems(new PowerListPipeline(source, encoding, iris, listKey(), statutes).run(watch));
        List<RejectedFindingsException.Rejected> rejected = watch.rejectedBy(failOn, source.toString());
        if (!rejected.isEmpty()) throw new RejectedFindingsException(listKey(), failOn, rejected);
        return report;
    }

    private IngestReport withItems(IngestReport report) {
        if (report.items() > 0) return report;
        throw new PowerListFormatException(new SourcePosition(source.toString(), 1, 1),
                "no power item in the file: a header, but no row under it holds an item (序号 and 事项名称 …)");
    }

    /** Builds an immutable {@link PowerListIngest}; {@code build()} checks that a source was given. */
    public static final class Builder {
        private Path source;
        private IriScheme iris = IriScheme.standard();   // default: the w3id.org base
        private Charset encoding;                        // default: detected (UTF-8, else GB18030)
        private StatuteLibrary statutes;                 // default: none, citations are not audited
        private FindingPolicy failOn = FindingPolicy.NEVER;   // default: findings are data, never a failure

        public Builder source(Path source) { this.source = source; return this; }

        public Builder iris(IriScheme iris) { this.iris = Objects.requireNonNull(iris); return this; }

        /** Forces the file's encoding instead of detecting it. */
        public Builder encoding(Charset encoding) { this.encoding = encoding; return this; }

        /** Checks every citation against these official texts; the problems become findings. Null for none. */
        public Builder statutes(StatuteLibrary statutes) { this.statutes = statutes; return this; }

        /** Which findings make {@link PowerListIngest#streamTo} fail (default {@link FindingPolicy#NEVER}). */
        public Builder failOn(FindingPolicy policy) { this.failOn = Objects.requireNonNull(policy); return this; }

        public PowerListIngest build() {
            if (source == null) throw new IllegalStateException("PowerListIngest needs a source file");
            return new PowerListIngest(this);
        }
    }
}
