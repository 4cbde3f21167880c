package org.w3id.lkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.lkg.ingest.PowerListFiles;
import org.w3id.lkg.ingest.statute.StatuteLibrary;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.OntologyResources;
import org.w3id.lkg.store.ListLoad;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.load.ListValidator;
import org.w3id.lkg.store.load.LoadBatch;
import org.w3id.lkg.store.load.ProgressStream;
import org.w3id.lkg.store.load.ReplacementGuard;
import org.w3id.lkg.store.remote.RemoteEndpoint;
import org.w3id.lkg.store.tdb.TdbListLoader;
import org.w3id.lkg.store.tdb.TdbStore;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code lkg load LIST… --store DIR | --endpoint URL | --service URL}: each list validated and put into its own named graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
            "Load power lists into a TDB2 store (--store, created if missing), a SPARQL 1.1 store (--endpoint), "
                    + "or a running lkg service (--service, with its admin token).",
            "Each list goes into its own named graph, validated with the SHACL shapes and replaced atomically; "
                    + "the ontology graph is rewritten too. Into TDB2, lists are validated in memory and committed in "
                    + "batches (--batch-size), each list whole or as it was; a list that cannot be read or does not "
                    + "conform is skipped and the others load. Afterwards a TDB2 store is compacted when more than half "
                    + "of it is garbage (lkg compact compacts it on demand).",
            "Exit codes: 0 all loaded, 2 bad input, 3 the store or endpoint failed, 4 a list failed validation "
                    + "(the shapes, or --fail-on)."})
final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "LIST", description = "power-list files (TSV, CSV, .xlsx, .xls, .html), or folders of them (their *.txt, *.tsv, *.csv, *.xlsx, *.xls, *.html, *.htm)")
    List<Path> lists;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "a TDB2 store folder, created if missing")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "a SPARQL 1.1 dataset URL (Graph Store Protocol and Update), e.g. http://localhost:3030/lkg")
        String endpoint;

        @Option(names = "--service", paramLabel = "URL",
                description = "a running lkg service, e.g. http://localhost:8080: each list is sent to its "
                        + "PUT /admin/lists/{key} (needs --token), and loaded there as a new edition or unchanged")
        String service;
    }

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "with --service: the service's admin token (default: the environment's LKG_ADMIN_TOKEN)")
    String token;
    @Option(names = "--graph-store", paramLabel = "URL", description = "with --endpoint: the store's Graph Store Protocol "
            + "URL when it is not the dataset URL (Virtuoso: http://HOST:8890/sparql-graph-crud-auth)")
    String graphStore;

    @Option(names = "--update", paramLabel = "URL", description = "with --endpoint: the store's SPARQL Update URL when it "
            + "is not the dataset URL (Virtuoso: http://HOST:8890/sparql-auth)")
    String update;

    @Option(names = "--user", paramLabel = "NAME", description = "with --endpoint: the user that may write (HTTP Basic or "
            + "Digest, as the store asks); the password comes from --password-file or the environment variable "
            + ENDPOINT_PASSWORD + ", never from the command line")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "with --user: a file whose first line is the password")
    Path passwordFile;

    static final String ENDPOINT_PASSWORD = "LKG_ENDPOINT_PASSWORD";

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "the lists' encoding (default: detected, UTF-8 else GB18030)")
    Charset encoding;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/lkg/id/", description = "base of the data IRIs (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--shapes", paramLabel = "FILE", description = "validate with these SHACL shapes instead of the ontology's")
    Path shapes;

    @Option(names = "--staging", paramLabel = "MODE", defaultValue = "memory", converter = StagingName.class,
            description = "TDB2 only: where a list is staged before it replaces its graph: memory (read and validated "
                    + "in memory, then written once, lists of a batch in one transaction), graph (a staging graph in "
                    + "the store, moved into place, one transaction per list) or transaction (the list's graph itself, "
                    + "emptied first; keeps no editions) (default: ${DEFAULT-VALUE})")
    TdbListLoader.Staging staging;

    @Option(names = "--batch-size", paramLabel = "MIB",
            description = "up to MIB mebibytes of list files per write transaction, a larger file being a batch of "
                    + "its own; 0 commits each list on its own (default: 16 into TDB2 with memory staging; 0 to an "
                    + "endpoint, where a batch is one PUT per list and one update that swaps them all)")
    Integer batchMib;

    @Option(names = "--compact-every", paramLabel = "N", defaultValue = "0",
            description = "TDB2 only: also compact the store after every N lists, to bound the disk a long load "
                    + "takes (default: only after the load, and only when more than half of the store is garbage)")
    int compactEvery;

    @Option(names = "--replace", description = "replace a list's graph even when the new list has no items, or fewer than "
            + "half of the items or citations of the one it replaces (refused by default, exit 4)")
    boolean replace;

    @Option(names = "--no-compact", description = "TDB2 only: never compact after the load, whatever its garbage")
    boolean noCompact;

    @Option(names = "--progress", description = "report progress even when not on a terminal: a line to stderr every 0.5 s"
            + " (on a terminal it is always shown, on one line)")
    boolean progressInLogs;

    @Mixin
    StatuteOptions statutes;

    @Mixin
    FindingOptions findings;

    @Spec
    CommandSpec spec;

    /** The progress of the list being loaded, when someone watches (a terminal) or asked for it (--progress). */
    private ProgressStream progress;

    @Override
    public Integer call() {
        if (batchMib != null && batchMib < 0) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "--batch-size is 0 or more mebibytes, found " + batchMib);
        // Arguments are checked before the store is touched, so a typo never opens (or creates) a store.
        IriScheme iris = IriScheme.under(base);
        List<Path> files = PowerListFiles.expand(lists);   // bad paths exit 2 (LkgCommand maps the exception)
        ProgressTarget progressTarget = ProgressTarget.current(spec, progressInLogs);
        StatuteLibrary library = statutes.library(spec.commandLine().getErr());
        ListValidator validator = validator();
        RemoteEndpoint endpoint = remoteEndpoint();
        PrintWriter out = spec.commandLine().getOut();
        if (token != null && target.service == null) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "--token is for --service URL");
        if (target.service != null) refuseStoreOptions();
        if (target.service != null) return ServiceUpload.to(target.service, serviceToken()).send(files, out, spec.commandLine().getErr());
        LoadBatch.Result result;
        if (target.store != null) {
            try (TdbStore store = openStore(files.size(), out)) {
                boolean[] compacted = {false};
                result = configure(ListLoad.into(store), iris, files, library, validator, progressTarget, out)
                        .staging(staging).batchBytes(batchMib == null ? ListLoad.BATCH_BYTES : (long) batchMib << 20).compactEvery(compactEvery)
                        .compactWhenWorthIt(!noCompact)
                        .onCompacted(took -> {
                            compacted[0] = true;
                            out.println("lkg load: compacted the store in %.1f s".formatted(took.toNanos() / 1e9));
                        })
                        .onStoreSize(size -> out.println("lkg load: the store is " + size.line()
                                + (compacted[0] ? "" : size.worthCompacting() ? ": more than half garbage, compacting"
                                        : ": not worth compacting (lkg compact compacts it anyway)")))
                        .run();
            }
        } else {
            result = configure(ListLoad.intoEndpoint(endpoint), iris, files, library, validator, progressTarget, out)
                    .batchBytes(batchMib == null ? 0 : (long) batchMib << 20).run();
        }
        out.println("lkg load: " + result.line());
        LoadBatch.Outcome failure = result.firstFailure();
        if (failure == null) return 0;
        throw new CommandFailure(exitCode(failure.status()), failureMessage(result, failure));
    }

    private ListLoad.Builder configure(ListLoad.Builder load, IriScheme iris, List<Path> files, StatuteLibrary library,
                                       ListValidator validator, ProgressTarget progressTarget, PrintWriter out) {
        load.lists(files).iris(iris).encoding(encoding).statutes(library).failOn(findings.failOn).validator(validator)
                .guard(replace ? ReplacementGuard.OFF : ReplacementGuard.STANDARD)
                .onOutcome(outcome -> report(outcome, out));
        if (progressTarget != null) load.observedBy((listKey, sink) -> progress = progressTarget.progress(sink, listKey));
        return load;
    }

    // The service loads with its own settings (its statutes, shapes, guard and IRIs): an option it would not honour is
    // refused rather than silently dropped.
    // What the user typed, not what differs from a default: a default may change (--staging did) and must not turn
    // into a refusal.
    private void refuseStoreOptions() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        List<String> given = Stream.of("--replace", "--shapes", "--encoding", "--base", "--statutes", "--fail-on", "--staging",
                "--batch-size", "--compact-every", "--no-compact").filter(parsed::hasMatchedOption).toList();
        if (!given.isEmpty()) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, String.join(", ", given)
                + ": not for --service, which loads with the service's own settings");
    }

    // The token is looked up before anything is sent; the environment keeps it out of the process list and history.
    private String serviceToken() {
        String t = token != null ? token : System.getenv("LKG_ADMIN_TOKEN");
        if (t == null || t.isBlank())
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "--service needs the service's admin token: --token TOKEN or LKG_ADMIN_TOKEN");
        return t.strip();
    }

    private TdbStore openStore(int lists, PrintWriter out) {
        try {
            return TdbStore.openOrCreate(target.store);
        } catch (StoreException e) {
            out.println("lkg load: 0 of " + lists + " lists loaded: the store could not be opened");
            throw new CommandFailure(LkgCommand.EXIT_STORE, e.getMessage(), e);
        }
    }

    // Checked before any list is read: a typo in the options never costs a half-done batch.
    private RemoteEndpoint remoteEndpoint() {
        if (target.endpoint == null) {
            for (String option : new String[] {graphStore == null ? null : "--graph-store", update == null ? null : "--update",
                    user == null ? null : "--user", passwordFile == null ? null : "--password-file"}) {
                if (option != null) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, option + " goes with --endpoint");
            }
            return null;
        }
        if (passwordFile != null && user == null) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "--password-file goes with --user");
        String password = null;
        if (user != null) {
            if (passwordFile != null) {
                try {
                    password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                } catch (IOException e) {
                    throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, passwordFile + ": cannot read the password file: " + e.getMessage(), e);
                }
            } else {
                password = System.getenv(ENDPOINT_PASSWORD);
                if (password == null) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "--user " + user
                        + " needs a password: set " + ENDPOINT_PASSWORD + " or give --password-file FILE");
            }
        }
        return RemoteEndpoint.at(target.endpoint).graphStore(graphStore).update(update).credentials(user, password).build();
    }

    private ListValidator validator() {
        if (shapes == null) return OntologyResources::validate;
        if (!Files.isRegularFile(shapes)) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, shapes + ": no such shapes file");
        try {
            return ListValidator.shacl(RDFDataMgr.loadGraph(shapes.toString()), OntologyResources.reference());
        } catch (RiotException e) {
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, shapes + ": not readable as RDF: " + e.getMessage(), e);
        }
    }

    private void report(LoadBatch.Outcome outcome, PrintWriter out) {
        if (progress != null) progress.clear();
        progress = null;
        (outcome.status().succeeded() ? out : spec.commandLine().getErr()).println(outcome.line());
    }

    private static int exitCode(LoadBatch.Status status) {
        return switch (status) {
            case STORE_FAILED, NOT_ATTEMPTED -> LkgCommand.EXIT_STORE;
            case INVALID -> LkgCommand.EXIT_INVALID;
            default -> LkgCommand.EXIT_BAD_INPUT;
        };
    }

    // The failing lists were each reported above; this says what the exit code means and that nothing was lost.
    private static String failureMessage(LoadBatch.Result result, LoadBatch.Outcome first) {
        long failed = result.outcomes().stream().filter(o -> !o.status().succeeded()).count();
        String what = switch (first.status()) {
            case STORE_FAILED -> "the store failed: " + first.failure().getMessage();
            case INVALID -> failed + " list" + (failed == 1 ? "" : "s") + " not loaded, the first because it failed validation";
            default -> failed + " list" + (failed == 1 ? "" : "s") + " not loaded, the first because it could not be read";
        };
        return what + "; graphs already in " + result.target() + " that were not replaced are as they were";
    }

    /** Reads {@code memory}, {@code graph} or {@code transaction}, as users type them, into the loader's enum. */
    static final class StagingName implements ITypeConverter<TdbListLoader.Staging> {
        @Override
        public TdbListLoader.Staging convert(String value) {
            try {
                return TdbListLoader.Staging.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected memory, graph or transaction, found '" + value + "'");
            }
        }
    }

    /**
     * Where progress goes: the console when there is one; a log only when asked with {@code --progress}, since
     * progress is for people watching and would swamp a log nobody reads.
     */
    private record ProgressTarget(PrintWriter writer, boolean console) {
        static ProgressTarget current(CommandSpec spec, boolean evenInLogs) {
            boolean console = System.console() != null;
            return console || evenInLogs ? new ProgressTarget(spec.commandLine().getErr(), console) : null;
        }

        ProgressStream progress(StreamRDF sink, String label) {
            return console ? ProgressStream.onTerminal(sink, label, writer) : ProgressStream.asLines(sink, label, writer);
        }
    }
}
