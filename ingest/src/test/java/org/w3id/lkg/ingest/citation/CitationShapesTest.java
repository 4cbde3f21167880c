package org.w3id.lkg.ingest.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.w3id.lkg.ingest.list.CellText;

/**
 * Every citation shape of the seed, one row of citation/shapes.tsv each: the basis text (markup and all) and the
 * mentions expected as {@code title|article|paragraph|point|direct|viaTitle#viaArticle}, in order.
 */
class CitationShapesTest {
    private final CitationParser parser = DocumentRegistry.standard().parser();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/citation/shapes.tsv", delimiter = '\t', numLinesToSkip = 1, maxCharsPerColumn = 10_000)
    void mentionsOfEachShape(String name, String text, String expected) {
        List<CitationMention> mentions = parser.parse(CellText.of(text, 1).text());
        String got = mentions.stream().map(CitationShapesTest::describe).collect(Collectors.joining(" ; "));
        assertEquals(expected, got, name);
    }

    private static String describe(CitationMention m) {
        ProvisionNumber p = m.provision();
        String via = m.direct() ? "" : m.viaTitle() + "#" + (m.via().isDocument() ? "" : m.via().article());
        return m.title() + "|" + p.article() + "|" + p.paragraph() + "|" + p.point() + "|" + m.direct() + "|" + via;
    }
}
