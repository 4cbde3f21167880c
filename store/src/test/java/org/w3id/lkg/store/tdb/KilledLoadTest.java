package org.w3id.lkg.store.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.fixture.ChildJvm;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.fixture.SyntheticList;
import org.w3id.lkg.store.fixture.TestLoaders;
import org.w3id.lkg.store.load.ListLoaderContractTest;

/**
 * kill -9 in the middle of a large load: every list's graph is afterwards either whole or exactly as it was, by
 * triple count and by the SHA-256 of its sorted N-Quads.
 */
class KilledLoadTest {
    /** Large enough that the kill lands well inside the write transaction (180k triples staged when it comes). */
    static final int LARGE_ITEMS = 60_000;

    @TempDir Path dir;

    @Test
    void killedLoadLeavesEveryGraphWholeOrAsItWas() throws Exception {
        Path folder = dir.resolve("tdb2");
        IriScheme iris = IriScheme.standard();
        Before before = cityA(folder, iris);
        GraphFingerprint cityABefore = before.cityA(), allBefore = before.all();

        // city-b is new and small, so it commits; then city-a is reloaded, ten times larger than before, and killed.
        String output = killedAtMarker(KilledLoadMain.class, folder, "city-b:500", "city-a:" + LARGE_ITEMS);
        assertFalse(output.contains("loaded city-a"), output);

        try (TdbStore store = TdbStore.openExisting(folder)) {
            assertEquals(cityABefore, GraphFingerprint.of(store.dataset(), iris.listGraph("city-a")));
            long cityB = SyntheticList.LIST_TRIPLES + 500L * SyntheticList.ITEM_TRIPLES;
            assertEquals(cityB, GraphFingerprint.of(store.dataset(), iris.listGraph("city-b")).size());
            assertEquals(allBefore.size() + cityB, GraphFingerprint.of(store.dataset(), null).size());
            assertEquals(List.of(iris.listGraph("city-a"), iris.listGraph("city-b"), TestLoaders.ONTOLOGY_GRAPH),
                    ListLoaderContractTest.graphNames(store), "no staging graph survives");
        }
    }

    /**
     * A batch is one write transaction: killed while its last list goes into TDB2 (after the two new lists before it
     * were written into the same transaction), none of it is there afterwards and the reloaded list is as it was.
     */
    @Test
    void killedBatchLeavesEveryListOfItAsItWas() throws Exception {
        Path folder = dir.resolve("tdb2");
        IriScheme iris = IriScheme.standard();
        Before before = cityA(folder, iris);
        GraphFingerprint cityABefore = before.cityA(), allBefore = before.all();

        String output = killedAtMarker(KilledBatchLoadMain.class, folder, "city-b:500", "city-c:500", "city-a:" + LARGE_ITEMS);
        assertFalse(output.contains("loaded "), "no list of the batch was committed before the kill:\n" + output);

        try (TdbStore store = TdbStore.openExisting(folder)) {
            assertEquals(cityABefore, GraphFingerprint.of(store.dataset(), iris.listGraph("city-a")));
            assertEquals(allBefore, GraphFingerprint.of(store.dataset(), null), "nothing of city-b or city-c either");
            assertEquals(List.of(iris.listGraph("city-a"), TestLoaders.ONTOLOGY_GRAPH),
                    ListLoaderContractTest.graphNames(store));
        }
    }

    // Runs `main` on `folder` with the lists given as key:items, kills it (-9) once it writes its marker file, and
    // gives what it printed.
    private String killedAtMarker(Class<?> main, Path folder, String... lists) throws Exception {
        Path marker = dir.resolve("marker");
        String[] args = new String[lists.length + 2];
        args[0] = folder.toString();
        args[1] = marker.toString();
        System.arraycopy(lists, 0, args, 2, lists.length);
        try (ChildJvm child = ChildJvm.start(dir, main, args)) {
            child.awaitFile(marker, Duration.ofMinutes(3));
            child.kill9();
            assertNotEquals(17, child.exitValue(), "the child finished before the kill");
            return child.output();
        }
    }

    /** The store before a killed load: city-a's graph and the whole store. */
    private record Before(GraphFingerprint cityA, GraphFingerprint all) {}

    // city-a with 1,000 items, committed: the list the killed load reloads ten times larger or more.
    private static Before cityA(Path folder, IriScheme iris) {
        try (TdbStore store = TdbStore.openOrCreate(folder); TdbListLoader loader = TestLoaders.tdb(store.dataset()).build()) {
            loader.load(SyntheticList.of("city-a", 1_000));
            return new Before(GraphFingerprint.of(store.dataset(), iris.listGraph("city-a")), GraphFingerprint.of(store.dataset(), null));
        }
    }
}
