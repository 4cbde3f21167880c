package org.w3id.lkg.store.tdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sys.JenaSystem;
import org.w3id.lkg.store.fixture.SyntheticList;
import org.w3id.lkg.store.fixture.TestLoaders;
import org.w3id.lkg.store.load.ListSource;
import org.w3id.lkg.store.load.LoadBatch;

/**
 * Child process for the batch kill test: loads synthetic lists given as {@code key:items} as one batch (one write
 * transaction), writing a marker file once the last list's triples start going into TDB2, so the parent kills it
 * inside that transaction, after the other lists of the batch were written into it.
 */
public final class KilledBatchLoadMain {
    private KilledBatchLoadMain() {}

    public static void main(String[] args) {
        JenaSystem.init();   // before any vocabulary class: Jena's own start-up order
        Path store = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        List<ListSource> lists = new ArrayList<>();
        for (int i = 2; i < args.length; i++) lists.add(SyntheticList.parse(args[i]));
        String last = lists.get(lists.size() - 1).listKey();
        try (TdbListLoader loader = TestLoaders.tdb(TdbStore.openOrCreate(store).dataset())
                .onWriting(key -> { if (key.equals(last)) mark(marker, key); }).build()) {
            LoadBatch.runBatches(loader, List.of(lists), outcome -> System.out.println(outcome.line()));
        }
        // Reaching here means the parent was too slow to kill: it fails the test on the exit code.
        System.exit(17);
    }

    private static void mark(Path marker, String key) {
        try {
            Files.writeString(marker, "writing " + key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
