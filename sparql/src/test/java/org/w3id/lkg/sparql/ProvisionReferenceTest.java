package org.w3id.lkg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** References as people write them, from the table in references/parse-cases.tsv. */
class ProvisionReferenceTest {
    static Stream<Arguments> cases() {
        return Fixtures.table("references/parse-cases.tsv", 5).stream()
                .map(c -> Arguments.of(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]), Integer.parseInt(c[4])));
    }

    @ParameterizedTest(name = "''{0}'' → {1} {2}/{3}/{4}")
    @MethodSource("cases")
    void parses(String input, String title, int article, int paragraph, int point) {
        Optional<ProvisionReference> ref = ProvisionReference.parse(input);
        if (title.equals("-")) {
            assertTrue(ref.isEmpty(), "not a reference: " + ref);
            return;
        }
        assertEquals(new ProvisionReference(title, article, paragraph, point), ref.orElseThrow());
    }
}
