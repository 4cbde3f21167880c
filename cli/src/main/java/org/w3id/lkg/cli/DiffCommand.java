package org.w3id.lkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.diff.DiffFormat;
import org.w3id.lkg.store.diff.EditionDiff;
import org.w3id.lkg.store.diff.ListDiff;
import org.w3id.lkg.store.tdb.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lkg diff A B} or {@code lkg diff --store DIR --list KEY --from 1 --to 2}: what changed between two editions. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed between two editions of a list: items added, removed, renamed and changed (basis "
                + "citations, power type, body, unit, sanctions and their bounds, responsibilities). Either two list "
                + "files (no store needed) or two editions of a list in a store.")
final class DiffCommand implements Callable<Integer> {
    @Parameters(arity = "0..2", paramLabel = "LIST", description = "the older and the newer list file")
    List<Path> files = List.of();

    @Option(names = "--store", paramLabel = "DIR", description = "a TDB2 store whose editions to compare (with --list, --from, --to)")
    Path store;

    @Option(names = "--list", paramLabel = "KEY", description = "the list's key, e.g. 000_9601f697a03374a4")
    String list;

    @Option(names = "--from", paramLabel = "N", description = "the older edition's number")
    Integer from;

    @Option(names = "--to", paramLabel = "N", description = "the newer edition's number")
    Integer to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, csv, json or ttl (an RDF change set; default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/lkg/id/", description = "base of the data IRIs (default: ${DEFAULT-VALUE})")
    String base;

    @Override
    public Integer call() {
        DiffFormat as;
        try {
            as = DiffFormat.named(format);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "--format: " + e.getMessage());
        }
        IriScheme iris = IriScheme.under(base);
        ListDiff diff = store == null ? files(iris) : editions(iris);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.print(as.write(diff));
        out.flush();
        return 0;
    }

    private ListDiff files(IriScheme iris) {
        if (files.size() != 2) {
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "lkg diff compares two list files (lkg diff OLD NEW), "
                    + "or two editions in a store (lkg diff --store DIR --list KEY --from N --to M); got " + files.size() + " file(s)");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, f + ": no such file");
        }
        return EditionDiff.ofFiles(files.get(0), files.get(1), iris);
    }

    private ListDiff editions(IriScheme iris) {
        if (!files.isEmpty()) throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "give either two list files or --store, not both");
        if (list == null || from == null || to == null) {
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "--store needs --list KEY, --from N and --to M");
        }
        try (TdbStore tdb = TdbStore.openExisting(store)) {
            return EditionDiff.ofEditions(tdb, iris, list, from, to);
        }
    }
}
