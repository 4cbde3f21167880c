package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ingest.SeedGraph;

/**
 * {@code --fail-on error|warning|never} on {@code lkg ingest} and {@code lkg load}: the seed's 61 findings are 9 info
 * and 52 warnings (README's table), and the audit against the official texts adds 12 errors (StatuteAuditTest).
 */
class FailOnTest {
    private static final String SEED = SeedGraph.SEED.toString();
    // "  ../seeds/000_….txt:7:284: broken-enumeration (warning): …"
    private static final Pattern LISTED = Pattern.compile("(?m)^  " + Pattern.quote(SEED) + ":(\\d+):(\\d+): ([a-z-]+) \\((\\w+)\\): ");

    @TempDir Path dir;

    @Test
    void byDefaultAndOnErrorsTheSeedIngests() {
        for (String[] policy : new String[][] {{}, {"--fail-on", "error"}}) {   // the default is never
            Path out = dir.resolve("seed" + policy.length + ".trig");
            CommandRun run = CommandRun.of(concat(new String[] {"ingest", SEED, "--out", out.toString()}, policy));
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(Files.isRegularFile(out));
        }
    }

    @Test
    void onWarningsTheSeedFailsWithEveryWarningListedAndNoOutput() {
        Path out = dir.resolve("seed.trig");
        CommandRun run = CommandRun.of("ingest", SEED, "--out", out.toString(), "--fail-on", "warning");
        assertEquals(LkgCommand.EXIT_INVALID, run.exitCode(), run.err());
        assertTrue(run.err().contains("000_9601f697a03374a4 has 52 findings of severity warning or error (fail on warning):"), run.err());
        Matcher m = LISTED.matcher(run.err());
        int listed = 0;
        Set<String> kinds = new TreeSet<>();
        while (m.find()) {
            listed++;
            kinds.add(m.group(3) + " " + m.group(4));
        }
        assertEquals(52, listed, run.err());
        assertEquals(Set.of("broken-enumeration warning", "extra-cell warning", "inconsistent-adoption-date warning",
                "power-type-section-mismatch warning", "shifted-column warning", "superseded-document warning",
                "swapped-columns warning"), kinds);
        assertTrue(run.err().contains(SEED + ":21:"), "the inconsistent adoption date, with its line: " + run.err());
        assertFalse(Files.exists(out), "no output is committed");
    }

    @Test
    void onErrorsTheAuditedSeedFailsWithTheTwelveErrorsCheckedByHand() {
        Path statutes = Path.of(System.getenv().getOrDefault("LKG_STATUTES", "../../shared/statutes"));
        assumeTrue(Files.isDirectory(statutes), "no official texts at " + statutes.toAbsolutePath());
        CommandRun run = CommandRun.of("ingest", SEED, "--statutes", statutes.toString(), "--out", dir.resolve("a.trig").toString(),
                "--fail-on", "error");
        assertEquals(LkgCommand.EXIT_INVALID, run.exitCode(), run.err());
        Set<String> expected = StatuteAuditTest.SEED_FINDINGS.stream()
                .filter(f -> !f.kind().equals("wording-differs"))
                .map(f -> f.line() + ":" + f.column() + " " + f.kind() + " error").collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>();
        Matcher m = LISTED.matcher(run.err());
        while (m.find()) listed.add(m.group(1) + ":" + m.group(2) + " " + m.group(3) + " " + m.group(4));
        assertEquals(12, expected.size());
        assertEquals(expected, listed, run.err());
    }

    @Test
    void loadFailsOnWarningsAndLeavesTheStoreWithoutTheList() {
        Path store = dir.resolve("tdb2");
        CommandRun run = CommandRun.of("load", SEED, "--store", store.toString(), "--fail-on", "warning");
        assertEquals(LkgCommand.EXIT_INVALID, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("0 of 1 list loaded"), run.out());
        assertTrue(run.err().contains("invalid 000_9601f697a03374a4: 000_9601f697a03374a4 has 52 findings"), run.err());
        assertTrue(LISTED.matcher(run.err()).find(), "the findings are listed with file:line:column: " + run.err());

        CommandRun count = CommandRun.of("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?i a <https://w3id.org/lkg/ontology#PowerItem> }",
                "--store", store.toString(), "--format", "csv");
        assertEquals(0, count.exitCode(), count.err());
        assertEquals("n\n0", count.out().strip().replace("\r", ""));
    }

    @Test
    void anUnknownSeverityIsBadInput() {
        CommandRun run = CommandRun.of("ingest", SEED, "--out", dir.resolve("x.trig").toString(), "--fail-on", "fatal");
        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("expected error, warning or never, found 'fatal'"), run.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
