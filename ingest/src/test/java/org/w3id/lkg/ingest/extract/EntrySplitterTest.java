package org.w3id.lkg.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each splitter/{case}.txt (a seed cell, or a made-up variant) beside {case}.expected.txt: "lead: …", then one entry a line. */
class EntrySplitterTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.path("splitter"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected.txt"))
                    .map(n -> n.replace(".txt", "")).sorted().toList().stream();
        }
    }

    @Test
    void everyCaseHasItsExpectation() throws IOException {
        List<String> cases = cases().toList();
        assertEquals(18, cases.size(), cases.toString());
        for (String c : cases) assertTrue(Files.exists(Fixtures.path("splitter").resolve(c + ".expected.txt")), c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splitsIntoLeadInAndEntries(String name) {
        List<String> expected = Arrays.asList(Fixtures.text("splitter/" + name + ".expected.txt").split("\n"));
        assertTrue(expected.get(0).startsWith("lead: "), "first line of the expectation is the lead-in");
        EnumeratedText got = EntrySplitter.split(Fixtures.text("splitter/" + name + ".txt"));
        assertEquals(expected.get(0).substring("lead: ".length()).strip(), got.leadIn(), name + " lead-in");
        assertEquals(expected.subList(1, expected.size()), got.entries(), name + " entries");
    }

    @Test
    void emptyAndNullGiveNothing() {
        assertEquals(new EnumeratedText("", List.of()), EntrySplitter.split(null));
        assertEquals(new EnumeratedText("", List.of()), EntrySplitter.split("<p></p> "));
    }
}
