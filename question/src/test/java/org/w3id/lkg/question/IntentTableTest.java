package org.w3id.lkg.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.lkg.sparql.QueryCatalog;

/** The shipped intent table holds together with the catalogue; a bad row fails with its line and what is wrong. */
class IntentTableTest {
    static final QueryCatalog CATALOG = QueryCatalog.fromClasspath();

    @Test
    void theShippedTableCoversEveryIntentTheIssueNames() {
        Set<String> names = IntentTable.standard(CATALOG).intents().stream().map(Intent::name).collect(Collectors.toSet());
        for (String n : new String[]{"items-by-article", "items-by-statute", "statute-impact", "items-by-unit", "items-by-body",
                "items-by-power-type", "items-by-party", "item-sanctions", "article-sanctions", "sanction-bounds",
                "items-by-sanction", "items-by-fine", "most-cited", "article-text", "count", "list-findings", "item-basis", "items-where"})
            assertTrue(names.contains(n), n);
    }

    @Test
    void everyRowHasAnExampleThatItAnswersItself() {
        for (Intent i : IntentTable.standard(CATALOG).intents()) assertTrue(!i.example().isBlank(), "line " + i.line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "x\tno-such-query\t-\t-\t.\titems|\tq;t:1: no canned query 'no-such-query'",
            "x\titems-by-unit\tunit\tnope=unit\t.\titems|\tq;t:1: items-by-unit has no parameter 'nope'",
            "x\titems-by-unit\t-\t-\t.\titems|\tq;t:1: items-by-unit needs parameter 'unit', the row binds none",
            "x\titems-by-unit\tunit\tunit=unit\t(\titems|\tq;t:1: cue is not a regular expression",
            "x\titems-by-unit\tunit\tunit=unit\t.\tpoem|\tq;t:1: answer mode 'poem'",
            "x\titems-by-unit\tcity\tunit=unit\t.\titems|\tq;t:1: unknown slot 'city'",
            "x\titems-by-unit\tunit;t:1: expected 7 tab-separated cells"})
    void aBadRowNamesItsLine(String row, String message) {
        QuestionException e = assertThrows(QuestionException.class, () -> IntentTable.parse("t", row.replace("\\t", "\t"), CATALOG));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void anEmptyTableIsRefused() {
        assertEquals("t: no intents", assertThrows(QuestionException.class, () -> IntentTable.parse("t", "# nothing\n", CATALOG)).getMessage());
    }
}
