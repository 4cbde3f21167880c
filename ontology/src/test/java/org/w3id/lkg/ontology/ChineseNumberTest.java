package org.w3id.lkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The numerals legal text writes: article numbers, fines, durations. */
class ChineseNumberTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "四十九, 49",
        "一百零二, 102",
        "十, 10",
        "十二, 12",
        "二十, 20",
        "五千, 5000",
        "一万, 10000",
        "十万, 100000",
        "二万, 20000",
        "三万, 30000",
        "49, 49",
        "４９, 49",
        "两, 2",
        "零, 0",
        "三十六, 36",
        "一百一十, 110",
        "一千零二十, 1020",
        "二十万零五, 200005",
        "十五万, 150000",
        "一万五千, 15000",
        "一亿二千万, 120000000",
        "二〇一七, 2017",
        "一百五, 150",
        "一万五, 15000",
        "5万, 50000",
        "10万, 100000",
        "1万5000, 15000",
        "贰拾, 20",
        "' 三 ', 3",
    })
    void reads(String text, long expected) {
        assertEquals(OptionalLong.of(expected), ChineseNumber.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @NullAndEmptySource
    @ValueSource(strings = {"not-a-number", "第四十九条", "四四十", "十a", "12345678901234567890"})
    void rejects(String text) {
        assertEquals(OptionalLong.empty(), ChineseNumber.parse(text));
    }

    @Test
    void parseIntThrowsOnText() {
        assertEquals(49, ChineseNumber.parseInt("四十九"));
        assertThrows(NumberFormatException.class, () -> ChineseNumber.parseInt("条"));
        assertThrows(NumberFormatException.class, () -> ChineseNumber.parseInt("三十亿"), "beyond an int");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, 一", "10, 十", "12, 十二", "20, 二十", "49, 四十九", "102, 一百零二", "110, 一百一十", "1000, 一千", "1010, 一千零一十"})
    void formatsAsLegalTextWrites(int n, String chinese) {
        org.junit.jupiter.api.Assertions.assertEquals(chinese, ChineseNumber.format(n));
    }

    @org.junit.jupiter.api.Test
    void formatAndParseAgreeUpToNineThousandNineHundredNinetyNine() {
        for (int n = 1; n < 10000; n++) {
            org.junit.jupiter.api.Assertions.assertEquals(n, ChineseNumber.parseInt(ChineseNumber.format(n)), "round trip of " + n);
        }
    }
}
