package org.w3id.lkg.ontology.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The shared text rules, one table of cases each (text/*.tsv beside this test). */
class TextRulesTest {
    private static final Pattern WHOLE_NUMERAL = Pattern.compile(Numeral.PATTERN);

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvFileSource(resources = "/text/title-keys.tsv", delimiter = '\t', numLinesToSkip = 1, ignoreLeadingAndTrailingWhitespace = false)
    void titleKey(String name, String title, String key) {
        assertEquals(key, TitleKey.of(title), name);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvFileSource(resources = "/text/numerals.tsv", delimiter = '\t', numLinesToSkip = 1)
    void numeral(String name, String text, Long value) {
        if (value != null) {
            assertTrue(WHOLE_NUMERAL.matcher(text).matches(), name + ": the pattern takes " + text);
            assertTrue(text.chars().allMatch(c -> Numeral.isNumeralChar((char) c)), name + ": every character is a numeral's");
        }
        assertEquals(value == null ? OptionalLong.empty() : OptionalLong.of(value), Numeral.value(text), name);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/text/enumerators.tsv", delimiter = '\t', numLinesToSkip = 1)
    void enumerator(String name, String text, boolean isEnumerator) {
        assertEquals(isEnumerator, Pattern.compile(Numeral.ENUMERATOR).matcher(text).matches(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/text/markup.tsv", delimiter = '\t', numLinesToSkip = 1, ignoreLeadingAndTrailingWhitespace = false)
    void markup(String name, String raw, String stripped) {
        assertEquals(stripped, Markup.strip(raw), name);
    }
}
