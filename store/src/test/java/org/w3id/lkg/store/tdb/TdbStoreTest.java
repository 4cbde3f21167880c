package org.w3id.lkg.store.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.fixture.ChildJvm;
import org.w3id.lkg.store.fixture.FixtureList;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.fixture.HoldStoreMain;
import org.w3id.lkg.store.fixture.TestLoaders;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store folder: what is accepted, and that a wrong or locked folder is refused without being touched. */
public class TdbStoreTest {
    @TempDir Path dir;

    @Test
    void createsAMissingFolderAsAnEmptyStore() {
        Path folder = dir.resolve("new/tdb2");
        try (TdbStore store = TdbStore.openOrCreate(folder)) {
            assertEquals(0, GraphFingerprint.of(store.dataset(), null).size());
        }
        assertTrue(Files.isDirectory(folder.resolve("Data-0001")));
    }

    @Test
    void reopensAStoreWithItsData() {
        Path folder = dir.resolve("tdb2");
        GraphFingerprint loaded;
        try (TdbStore store = TdbStore.openOrCreate(folder); TdbListLoader loader = TestLoaders.tdb(store.dataset()).build()) {
            loader.load(FixtureList.of("three-items"));
            loaded = GraphFingerprint.of(store.dataset(), null);
        }
        try (TdbStore store = TdbStore.openExisting(folder)) {
            assertEquals(loaded, GraphFingerprint.of(store.dataset(), null));
        }
    }

    @Test
    void refusesAFolderThatIsNotAStoreAndLeavesItUntouched() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(folder.resolve("notes.txt"), "not a database");
        Files.createDirectories(folder.resolve("photos"));
        List<String> before = listing(folder);

        StoreException e = assertThrows(StoreException.class, () -> TdbStore.openOrCreate(folder));

        assertTrue(e.getMessage().contains("is not a TDB2 store"), e.getMessage());
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        assertEquals(before, listing(folder), "nothing was created among the user's files");
    }

    @Test
    void refusesAFileGivenAsTheStore() throws IOException {
        Path file = Files.writeString(dir.resolve("store.txt"), "x");
        StoreException e = assertThrows(StoreException.class, () -> TdbStore.openOrCreate(file));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }

    @Test
    void openExistingRefusesAMissingStore() {
        StoreException e = assertThrows(StoreException.class, () -> TdbStore.openExisting(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("no TDB2 store at"), e.getMessage());
    }

    @Test
    void refusesAStoreLockedByAnotherProcessAndKeepsItsData() throws Exception {
        Path folder = dir.resolve("tdb2");
        GraphFingerprint loaded;
        try (TdbStore store = TdbStore.openOrCreate(folder); TdbListLoader loader = TestLoaders.tdb(store.dataset()).build()) {
            loader.load(FixtureList.of("three-items"));
            loaded = GraphFingerprint.of(store.dataset(), null);
        }
        Path holding = dir.resolve("holding");
        try (ChildJvm holder = ChildJvm.start(dir, HoldStoreMain.class, folder.toString(), holding.toString())) {
            holder.awaitFile(holding, Duration.ofMinutes(1));

            StoreException e = assertThrows(StoreException.class, () -> TdbStore.openOrCreate(folder));

            assertTrue(e.getMessage().contains("is locked by another process (PID " + holder.pid() + ")"), e.getMessage());
            holder.kill9();
        }
        // The holder died without releasing anything: the OS dropped its lock, and the data is as it was.
        try (TdbStore store = TdbStore.openExisting(folder)) {
            assertEquals(loaded, GraphFingerprint.of(store.dataset(), null));
        }
    }

    public static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
