package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.tdb.TdbStore;

/** {@code lkg compact --store DIR}: the store's size before and after, its data unchanged. */
class CompactCommandTest {
    private static final Pattern SIZE = Pattern.compile("lkg compact: (\\S+) (before|after): ([\\d,]+) MiB for ([\\d,]+) quads");

    @TempDir Path dir;

    @Test
    void compactingReportsTheSizeBeforeAndAfterAndKeepsEveryQuad() {
        Path store = dir.resolve("tdb2");
        // Each list on its own transaction, loaded twice: garbage for the compaction to free.
        for (int i = 0; i < 2; i++) {
            CommandRun load = CommandRun.of("load", LoadCommandTest.SEED.toString(), "--store", store.toString(),
                    "--batch-size", "0", "--no-compact", "--replace");
            assertEquals(0, load.exitCode(), load.err());
        }
        GraphFingerprint before = fingerprint(store);

        CommandRun run = CommandRun.of("compact", "--store", store.toString());

        assertEquals(0, run.exitCode(), run.err());
        Matcher m = SIZE.matcher(run.out());
        assertTrue(m.find(), run.out());
        assertEquals("before", m.group(2));
        long quadsBefore = Long.parseLong(m.group(4).replace(",", ""));
        long mibBefore = Long.parseLong(m.group(3).replace(",", ""));
        assertTrue(m.find(), run.out());
        assertEquals("after", m.group(2));
        assertEquals(quadsBefore, Long.parseLong(m.group(4).replace(",", "")), "every quad is kept");
        assertTrue(Long.parseLong(m.group(3).replace(",", "")) <= mibBefore, run.out());
        assertEquals(before.size(), quadsBefore, "the quads counted are the store's");
        assertTrue(run.out().contains("lkg compact: compacted in "), run.out());
        assertEquals(before, fingerprint(store));
    }

    @Test
    void noStoreExits3() {
        CommandRun run = CommandRun.of("compact", "--store", dir.resolve("missing").toString());
        assertEquals(LkgCommand.EXIT_STORE, run.exitCode(), run.out());
        assertTrue(run.err().contains("no TDB2 store at "), run.err());
    }

    private static GraphFingerprint fingerprint(Path folder) {
        try (TdbStore store = TdbStore.openExisting(folder)) {
            return GraphFingerprint.of(store.dataset(), null);
        }
    }
}
