package org.w3id.lkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.w3id.lkg.store.tdb.StoreSize;
import org.w3id.lkg.store.tdb.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lkg compact --store DIR}: rewrites a TDB2 store with only its live data, reporting its size before and after. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {
            "Compact a TDB2 store: rewrite it with only its current data and delete the blocks earlier write "
                    + "transactions left behind (TDB2 never overwrites a block in place). Reports the size before and after.",
            "lkg load compacts on its own when more than half of the store is garbage; this does it now, whatever the "
                    + "garbage. The edition archive (DIR/editions) is left as it is.",
            "Exit codes: 0 compacted, 3 no store, not a store, locked, or the compaction failed."})
final class CompactCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", required = true, description = "the TDB2 store")
    Path store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TdbStore tdb = TdbStore.openExisting(store)) {
            StoreSize before = tdb.size();
            out.println("lkg compact: " + store + " before: " + before.line());
            Duration took = tdb.compact();
            StoreSize after = tdb.size();
            out.println("lkg compact: " + store + " after: " + after.line());
            out.println("lkg compact: compacted in %.1f s, %,.0f MiB freed".formatted(took.toNanos() / 1e9,
                    Math.max(0, before.bytes() - after.bytes()) / 1048576.0));
        }
        return 0;
    }
}
