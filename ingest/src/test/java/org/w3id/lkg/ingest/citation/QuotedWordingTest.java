package org.w3id.lkg.ingest.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.w3id.lkg.ingest.list.CellText;

/**
 * The wording recorded for each directly cited article, one row of citation/wording.tsv each, as
 * {@code 第N条=wording} in order (empty when the cell quotes none): separators and the numbers of a numbered basis are
 * layout, never wording.
 */
class QuotedWordingTest {
    private final CitationParser parser = DocumentRegistry.standard().parser();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/citation/wording.tsv", delimiter = '\t', numLinesToSkip = 1, maxCharsPerColumn = 10_000)
    void wordingOfEachDirectArticle(String name, String text, String expected) {
        String got = parser.parse(CellText.of(text, 1).text()).stream()
                .filter(m -> m.direct() && !m.provision().isDocument())
                .map(m -> "第" + m.provision().article() + "条=" + m.wording())
                .collect(Collectors.joining(" ; "));
        assertEquals(expected.strip(), got.strip(), name);
    }
}
