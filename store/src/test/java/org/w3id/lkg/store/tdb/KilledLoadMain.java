package org.w3id.lkg.store.tdb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sys.JenaSystem;
import org.w3id.lkg.store.fixture.SyntheticList;
import org.w3id.lkg.store.fixture.TestLoaders;
import org.w3id.lkg.store.load.ListSource;
import org.w3id.lkg.store.load.LoadBatch;

/**
 * Child process for the kill test: loads synthetic lists given as {@code key:items} into the store, the last one
 * writing a marker file half way through so the parent knows when to kill it.
 */
public final class KilledLoadMain {
    private KilledLoadMain() {}

    public static void main(String[] args) {
        JenaSystem.init();   // before any vocabulary class: Jena's own start-up order
        Path store = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        List<ListSource> lists = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            SyntheticList list = SyntheticList.parse(args[i]);
            lists.add(i == args.length - 1 ? list.markingAfter(list.items() / 2, marker) : list);
        }
        try (TdbListLoader loader = TestLoaders.tdb(TdbStore.openOrCreate(store).dataset()).build()) {
            LoadBatch.run(loader, lists, outcome -> System.out.println(outcome.line()));
        }
        // Reaching here means the parent was too slow to kill: it fails the test on the exit code.
        System.exit(17);
    }
}
