package org.w3id.lkg.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.lkg.ontology.FindingKind;

class NumeralTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"五千, 5000", "一万, 10000", "十万, 100000", "二万, 20000", "三千, 3000", "三万, 30000", "两千, 2000",
            "一万五千, 15000", "5000, 5000", "５０００, 5000", "十五, 15", "0.5, 0.5"})
    void readsNumeralsOfBounds(String numeral, BigDecimal expected) {
        Optional<BigDecimal> v = LegalNumeral.value(numeral);
        assertTrue(v.isPresent(), numeral);
        assertEquals(0, expected.compareTo(v.get()), numeral + " read as " + v.get());
    }

    // Shapes that a lenient reader turns into a number that may be wrong (万 → 0 or 10000, 五五 → 5 or 55).
    @ParameterizedTest
    @ValueSource(strings = {"若干", "万", "千", "五五", "一亿二千万", "零", "", "五千余"})
    void refusesNumeralsItCannotReadWithCertainty(String numeral) {
        assertEquals(Optional.empty(), LegalNumeral.value(numeral));
    }

    @ParameterizedTest(name = "{0} → {1}..{2} {3}")
    @CsvSource(nullValues = "-", value = {
            "五千元以下, -, 5000, YUAN",
            "二万元, 20000, 20000, YUAN",
            "一万元以上五万元以下, 10000, 50000, YUAN",
            "三千元以下, -, 3000, YUAN",
            "十万元, 100000, 100000, YUAN",
            "十万元以下, -, 100000, YUAN",
            "5000元, 5000, 5000, YUAN",
            "５０００元以下, -, 5000, YUAN",
            "一万元以上, 10000, -, YUAN",
            "最高为三万元, -, 30000, YUAN",
            "不超过二万元, -, 20000, YUAN",
            "处五千元以下的罚款, -, 5000, YUAN",
            "并处三千元以下罚款, -, 3000, YUAN",
            "违法所得一倍以上五倍以下, 1, 5, MULTIPLE_OF_ILLEGAL_GAINS",
            "违法所得一倍以上三倍以下, 1, 3, MULTIPLE_OF_ILLEGAL_GAINS",
            "三倍以下, -, 3, MULTIPLE_OF_ILLEGAL_GAINS",
            "处以违法所得三倍以下的罚款, -, 3, MULTIPLE_OF_ILLEGAL_GAINS"})
    void parsesAmounts(String text, BigDecimal min, BigDecimal max, Amount.Unit unit) {
        Amount a = Amount.parse(text).orElseThrow(() -> new AssertionError("no amount in " + text));
        assertEquals(unit, a.unit(), text);
        assertBound(min, a.min(), text + " min");
        assertBound(max, a.max(), text + " max");
    }

    @ParameterizedTest
    @ValueSource(strings = {"若干元", "五千余元", "若干倍", "万元以下", "五五元", "元", "五千", "一万元以下罚款或者警告"})
    void amountsThatDoNotParseGiveNoNumber(String text) {
        assertEquals(Optional.empty(), Amount.parse(text));
    }

    @Test
    void unparsedAmountIsReportedNeverGuessed() {
        List<ExtractionProblem> problems = new ArrayList<>();
        List<Amount> found = Amount.findAll("可以处若干元罚款", problems::add);
        assertEquals(List.of(), found);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(FindingKind.UNPARSED_AMOUNT, problems.get(0).kind());
        assertEquals("可以处若干元罚款", problems.get(0).text());
    }

    @Test
    void multipleOfSomethingElseIsNotTakenForIllegalGains() {
        List<ExtractionProblem> problems = new ArrayList<>();
        assertEquals(List.of(), Amount.findAll("处货值金额一倍以上三倍以下的罚款", problems::add));
        assertEquals(List.of(FindingKind.UNPARSED_AMOUNT), problems.stream().map(ExtractionProblem::kind).toList());
    }

    @Test
    void readsCapOfMultipleFineInYuan() {
        List<ExtractionProblem> problems = new ArrayList<>();
        List<Amount> found = Amount.findAll("处以违法所得三倍以下的罚款，罚款数额最高为三万元", problems::add);
        assertEquals(List.of(new Amount(Amount.Unit.MULTIPLE_OF_ILLEGAL_GAINS, null, new BigDecimal(3)),
                new Amount(Amount.Unit.YUAN, null, new BigDecimal(30000))), found);
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0} → {1}..{2}")
    @CsvSource(nullValues = "-", value = {
            "三个月以上六个月以下, P3M, P6M",
            "三个月以上一年以下, P3M, P1Y",
            "一个月以上六个月以下, P1M, P6M",
            "三个月以下, -, P3M",
            "六个月, P6M, P6M",
            "十五日以下, -, P15D",
            "一年以上, P1Y, -",
            "两年以下, -, P2Y"})
    void parsesDurations(String text, String min, String max) {
        DurationBound d = DurationBound.parse(text).orElseThrow(() -> new AssertionError("no duration in " + text));
        assertEquals(min, d.minLexical(), text + " min");
        assertEquals(max, d.maxLexical(), text + " max");
    }

    @ParameterizedTest
    @ValueSource(strings = {"若干个月", "数月以下", "三个月以上若干年以下", "停止执业"})
    void durationsThatDoNotParseGiveNoPeriod(String text) {
        assertEquals(Optional.empty(), DurationBound.parse(text));
    }

    @Test
    void unparsedDurationIsReported() {
        List<ExtractionProblem> problems = new ArrayList<>();
        assertEquals(List.of(), DurationBound.findAll("给予停止执业若干个月的处罚", problems::add));
        assertEquals(List.of(FindingKind.UNPARSED_DURATION), problems.stream().map(ExtractionProblem::kind).toList());
    }

    private static void assertBound(BigDecimal expected, BigDecimal actual, String what) {
        if (expected == null) assertEquals(null, actual, what);
        else assertTrue(actual != null && expected.compareTo(actual) == 0, what + ": expected " + expected + ", got " + actual);
    }
}
