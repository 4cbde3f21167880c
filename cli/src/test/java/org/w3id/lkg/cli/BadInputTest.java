package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every kind of bad input: one clear message with file, line and column, exit code 2, no output file left. */
class BadInputTest {
    static final Path FIXTURES = Path.of("src/test/resources/bad-input");

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} → {1}:{2} {3}")
    @CsvFileSource(resources = "/bad-input/expected.tsv", delimiter = '\t', numLinesToSkip = 1)
    void badInputGivesOneClearErrorAndNoOutput(String file, int line, int column, String phrase) throws Exception {
        Path input = FIXTURES.resolve(file);
        Path target = out.resolve("lkg.trig");

        CommandRun run = CommandRun.of("ingest", input.toString(), "--out", target.toString());

        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(input + ":" + line + ":" + column + ": "), "position in: " + run.err());
        assertTrue(run.err().contains(phrase), "phrase '" + phrase + "' in: " + run.err());
        assertEquals(1, run.err().strip().lines().filter(l -> l.startsWith("lkg: ")).count(), "one message: " + run.err());
        assertFalse(Files.exists(target), "no output file after a failed ingest");
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(0, left.count(), "no temporary file left behind");
        }
    }
}
