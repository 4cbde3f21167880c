package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.cli.CommandRun;
import org.w3id.lkg.cli.LkgCommand;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.fixture.ChildJvm;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.fixture.HoldStoreMain;
import org.w3id.lkg.store.fuseki.LkgFuseki;
import org.w3id.lkg.store.load.ListLoaderContractTest;
import org.w3id.lkg.store.tdb.TdbStore;
import org.w3id.lkg.store.tdb.TdbStoreTest;

/**
 * {@code lkg load} and {@code lkg fuseki} end to end with the real seed, the ontology's shapes and real stores:
 * the exit code and message of each failure, the summary line in every case, and that nothing stored is lost.
 */
class LoadCommandTest {
    static final Path SEED = Path.of("../seeds/000_9601f697a03374a4.txt");
    static final String SEED_GRAPH = IriScheme.standard().listGraph("000_9601f697a03374a4");
    static final Path BAD_LIST = Path.of("src/test/resources/bad-input/bad-item-number.tsv");
    static final Path STRICT_SHAPES = Path.of("src/test/resources/load/strict-shapes.ttl");

    @TempDir Path dir;

    Path store() { return dir.resolve("tdb2"); }

    GraphFingerprint fingerprint() {
        try (TdbStore store = TdbStore.openExisting(store())) {
            return GraphFingerprint.of(store.dataset(), null);
        }
    }

    CommandRun loadSeed() {
        CommandRun run = CommandRun.of("load", SEED.toString(), "--store", store().toString());
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void seedLoadsIntoItsGraphBesideTheOntologyGraphAndReloadChangesNothing() {
        CommandRun first = loadSeed();
        assertTrue(first.out().contains("loaded 000_9601f697a03374a4: 54 items"), first.out());
        // One list leaves little garbage: the store is measured, and not compacted (issue 14: compact when it matters).
        assertTrue(Pattern.compile("lkg load: the store is [\\d,]+ MiB for [\\d,]+ quads \\(about [\\d,]+ MiB live\\): "
                + "not worth compacting \\(lkg compact compacts it anyway\\)").matcher(first.out()).find(), first.out());
        assertFalse(first.out().contains("lkg load: compacted the store"), first.out());
        assertTrue(first.out().contains("lkg load: 1 of 1 list loaded into " + store()), first.out());
        GraphFingerprint loaded = fingerprint();
        try (TdbStore store = TdbStore.openExisting(store())) {
            assertEquals(List.of(SEED_GRAPH, IriScheme.standard().editionsGraph(), IriScheme.standard().ontologyGraph()), ListLoaderContractTest.graphNames(store));
        }

        loadSeed();
        CommandRun third = CommandRun.of("load", SEED.toString(), "--store", store().toString(), "--staging", "transaction",
                "--no-compact");

        assertEquals(0, third.exitCode(), third.err());
        assertEquals(loaded, fingerprint());
    }

    @Test
    void aListFailingValidationExits4AndKeepsThePreviousGraph() {
        loadSeed();
        GraphFingerprint before = fingerprint();

        CommandRun run = CommandRun.of("load", SEED.toString(), "--store", store().toString(), "--shapes", STRICT_SHAPES.toString());

        assertEquals(LkgCommand.EXIT_INVALID, run.exitCode(), run.err());
        assertTrue(run.err().contains("invalid 000_9601f697a03374a4: 000_9601f697a03374a4 does not conform"), run.err());
        assertTrue(run.err().contains("lkg: 1 list not loaded, the first because it failed validation"), run.err());
        assertTrue(run.out().contains("lkg load: 0 of 1 list loaded"), run.out());
        assertEquals(before, fingerprint());
    }

    @Test
    void aListThatWouldGutTheOneItReplacesExits4UnlessReplaceIsGiven() throws IOException {
        loadSeed();
        GraphFingerprint before = fingerprint();
        // the seed's first section alone, under the seed's name: a cut-off export, as a careless user would load it
        Path cut = Files.createDirectories(dir.resolve("cut")).resolve(SEED.getFileName());
        Files.write(cut, Files.readAllLines(SEED).subList(0, 12));

        CommandRun run = CommandRun.of("load", cut.toString(), "--store", store().toString());

        assertEquals(LkgCommand.EXIT_INVALID, run.exitCode(), run.err());
        assertTrue(run.err().contains("000_9601f697a03374a4 would replace its current graph (54 items and "), run.err());
        assertTrue(run.err().contains("more than 50 % of its items or citations would be lost; nothing was changed "
                + "(lkg load --replace replaces it anyway)"), run.err());
        assertEquals(before, fingerprint(), "nothing stored changed");

        CommandRun replaced = CommandRun.of("load", cut.toString(), "--store", store().toString(), "--replace");
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertNotEquals(before, fingerprint());
    }

    @Test
    void anUnreadableListExits2WhileTheOthersLoad() {
        CommandRun run = CommandRun.of("load", BAD_LIST.toString(), SEED.toString(), "--store", store().toString());

        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("bad input bad-item-number: "), run.err());
        assertTrue(run.err().contains("bad-item-number.tsv:3:1"), run.err());
        assertTrue(run.out().contains("lkg load: 1 of 2 lists loaded"), run.out());
        assertTrue(run.out().endsWith("; 1 bad input" + System.lineSeparator()), run.out());
        try (TdbStore store = TdbStore.openExisting(store())) {
            assertEquals(List.of(SEED_GRAPH, IriScheme.standard().editionsGraph(), IriScheme.standard().ontologyGraph()), ListLoaderContractTest.graphNames(store));
        }
    }

    @Test
    void aMissingFileExits2BeforeTheStoreIsCreated() {
        CommandRun run = CommandRun.of("load", SEED.toString(), "no-such-list.txt", "--store", store().toString());

        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("lkg: no-such-list.txt: no such file"), run.err());
        assertFalse(Files.exists(store()));
    }

    @Test
    void aFolderThatIsNotAStoreExits3AndIsLeftAlone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(folder.resolve("notes.txt"), "not a database");

        CommandRun run = CommandRun.of("load", SEED.toString(), "--store", folder.toString());

        assertEquals(LkgCommand.EXIT_STORE, run.exitCode(), run.err());
        assertTrue(run.err().contains("lkg: " + folder + " is not a TDB2 store"), run.err());
        assertTrue(run.out().contains("lkg load: 0 of 1 lists loaded: the store could not be opened"), run.out());
        assertEquals(List.of("", "notes.txt"), TdbStoreTest.listing(folder));
    }

    @Test
    void aStoreLockedByAnotherProcessExits3AndKeepsItsData() throws Exception {
        loadSeed();
        GraphFingerprint before = fingerprint();
        Path holding = dir.resolve("holding");
        try (ChildJvm holder = ChildJvm.start(dir, HoldStoreMain.class, store().toString(), holding.toString())) {
            holder.awaitFile(holding, Duration.ofMinutes(1));

            CommandRun run = CommandRun.of("load", SEED.toString(), "--store", store().toString());

            assertEquals(LkgCommand.EXIT_STORE, run.exitCode(), run.err());
            assertTrue(run.err().contains("is locked by another process (PID " + holder.pid() + ")"), run.err());
        }
        assertEquals(before, fingerprint());
    }

    @Test
    void anEndpointThatIsDownExits3() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CommandRun run = CommandRun.of("load", SEED.toString(), "--endpoint", "http://localhost:" + port + "/lkg");

        assertEquals(LkgCommand.EXIT_STORE, run.exitCode(), run.err());
        assertTrue(run.err().contains("nothing is listening there"), run.err());
        assertTrue(run.out().contains("lkg load: 0 of 1 list loaded"), run.out());
    }

    @Test
    void loadsOverHttpIntoAFusekiServer() {
        try (TdbStore store = TdbStore.openOrCreate(store());
             LkgFuseki fuseki = LkgFuseki.builder().dataset(store.dataset()).port(0).allowUpdate(true).build().start()) {
            CommandRun run = CommandRun.of("load", SEED.toString(), "--endpoint", fuseki.datasetUrl());

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(List.of(SEED_GRAPH, IriScheme.standard().ontologyGraph()), ListLoaderContractTest.graphNames(store));
        }
    }

    @Test
    void fusekiOnAMissingOrForeignFolderExits3() throws IOException {
        CommandRun missing = CommandRun.of("fuseki", "--store", store().toString(), "--port", "0");
        assertEquals(LkgCommand.EXIT_STORE, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("no TDB2 store at " + store()), missing.err());

        Path folder = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(folder.resolve("notes.txt"), "not a database");
        CommandRun foreign = CommandRun.of("fuseki", "--store", folder.toString(), "--port", "0");
        assertEquals(LkgCommand.EXIT_STORE, foreign.exitCode(), foreign.err());
        assertTrue(foreign.err().contains("is not a TDB2 store"), foreign.err());
    }
}
