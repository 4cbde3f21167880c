package org.w3id.lkg.ingest.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The share of a quotation found in an official text, punctuation and spacing aside. */
class WordingOverlapTest {
    static final String OFFICIAL = "司法行政部门依照本法对律师、律师事务所和律师协会进行监督、指导。";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the whole text                         | 司法行政部门依照本法对律师、律师事务所和律师协会进行监督、指导。 | 1.0
            an excerpt                             | 对律师、律师事务所和律师协会进行监督                          | 1.0
            other punctuation and spaces           | 司法行政部门依照本法对律师,律师事务所和律师协会进行监督 指导.   | 1.0
            律师事务所 dropped: 20 of 21 pairs     | 司法行政部门依照本法对律师和律师协会进行监督                   | 0.952
            unrelated wording                      | 受理人以欺骗手段获得法律援助的处三千元以下罚款                 | 0.0
            too short to judge                     | 。                                                            | 0.0
            """)
    void shareOfTheQuotationInTheOfficialText(String name, String quotation, double expected) {
        assertEquals(expected, WordingOverlap.of(quotation, OFFICIAL), 0.01, name);
    }

    @Test
    void aRepeatedPhraseCountsOnlyAsOftenAsTheOfficialTextHasIt() {
        // 监督 督监 监督: the official text has 监督 once, so one of the three pairs is found.
        assertEquals(1.0 / 3, WordingOverlap.of("监督监督", "监督"), 1e-9);
    }
}
