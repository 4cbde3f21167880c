package org.w3id.lkg.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The amount grammar over the table {@code amounts/cases.tsv}: what is compared with how much. */
class AmountPhraseTest {
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = AmountPhraseTest.class.getClassLoader().getResourceAsStream("amounts/cases.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .map(c -> Arguments.of(c[0], c[1], c[2])).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @MethodSource("cases")
    void readsTheAmountAndItsComparison(String question, String sign, String yuan) {
        List<Mention> found = AmountPhrase.find(QuestionText.normalise(question));
        if (sign.equals("-")) {
            assertTrue(found.isEmpty(), found.toString());
            return;
        }
        assertEquals(1, found.size(), found.toString());
        assertEquals(sign, found.get(0).label());
        assertEquals(0, new BigDecimal(yuan).compareTo(found.get(0).value()), found.get(0).value().toPlainString());
    }
}
