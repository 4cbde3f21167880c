package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.cli.CommandRun;
import org.w3id.lkg.cli.LkgCommand;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.bench.CityListGenerator;
import org.w3id.lkg.store.fixture.ChildJvm;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.load.ListLoaderContractTest;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * kill -9 of {@code lkg load} itself, with the real reader and real lists derived from the seed: the list being
 * written when the kill comes keeps exactly its previous graph, the list committed before it stays whole.
 */
class KilledCliLoadTest {
    /**
     * Cities concatenated into the large list: 30 give about 250 000 triples. Read into memory (the default staging)
     * 10 cities took under the 0.5 s of the first progress line on a quiet machine, and the load ended unkilled; 30
     * take several seconds to read, validate and write, so the kill comes well before the list's commit.
     */
    static final int CITIES_IN_LARGE_LIST = 30;

    @TempDir Path dir;

    @Test
    void killedLoadCommandLeavesTheListItWasWritingAsItWasAndTheOneBeforeWhole() throws Exception {
        CityListGenerator cities = new CityListGenerator(LoadCommandTest.SEED);
        Path small = write(dir.resolve("before/city.txt"), cities.listFor(1));
        Path large = write(dir.resolve("after/city.txt"), concatenated(cities, CITIES_IN_LARGE_LIST));
        Path added = write(dir.resolve("after/added.txt"), cities.listFor(2));
        Path folder = dir.resolve("tdb2");
        IriScheme iris = IriScheme.standard();

        run("load", small.toString(), "--store", folder.toString());
        GraphFingerprint cityBefore = fingerprint(folder, iris.listGraph("city"));

        // The command loads added.txt (small, new) and then city.txt ten times larger than before, in batches of their
        // own (--batch-size 1: together they are over 1 MiB; the default batch would take both): a progress line of
        // the large list means it is being read and staged, after added.txt's batch committed and before its own does.
        Pattern streaming = Pattern.compile("^city: [\\d,]+ records, [\\d,]+ triples", Pattern.MULTILINE);
        String output;
        try (ChildJvm child = ChildJvm.start(dir, LkgCommand.class, "load", added.toString(), large.toString(),
                "--store", folder.toString(), "--batch-size", "1", "--progress", "--no-compact")) {
            // Both: the reader runs ahead of the writer, so the large list may be read while added.txt's batch commits.
            child.awaitOutput(out -> out.contains("loaded added: ") && streaming.matcher(out).find(), Duration.ofMinutes(3));
            child.kill9();
            output = child.output();
        }
        assertTrue(output.contains("loaded added: 54 items"), output);
        assertFalse(output.contains("loaded city:"), "the kill came after the large list committed:\n" + output);

        Path reference = dir.resolve("reference");
        run("load", added.toString(), "--store", reference.toString());
        assertEquals(cityBefore, fingerprint(folder, iris.listGraph("city")), "the list being written when killed");
        assertEquals(fingerprint(reference, iris.listGraph("added")), fingerprint(folder, iris.listGraph("added")),
                "the list committed before the kill");
        try (TdbStore store = TdbStore.openExisting(folder)) {
            assertEquals(List.of(iris.listGraph("added"), iris.listGraph("city"), iris.editionsGraph(), iris.ontologyGraph()),
                    ListLoaderContractTest.graphNames(store), "no staging graph survives");
        }
    }

    private static List<String> concatenated(CityListGenerator cities, int count) {
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= count; n++) lines.addAll(cities.listFor(n));
        return lines;
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void run(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
    }

    private static GraphFingerprint fingerprint(Path folder, String graph) {
        try (TdbStore store = TdbStore.openExisting(folder)) {
            return GraphFingerprint.of(store.dataset(), graph);
        }
    }
}
