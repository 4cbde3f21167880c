package org.w3id.lkg.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.lkg.ontology.FindingKind;

/** Checks the extractor against the hand-written table of section 1's sanctions, field by field. */
class SanctionExtractorTest {
    private static final String TABLE = "section1-sanctions.tsv";
    // The only problem section 1's wording should give: 律师法第四十九条's enumeration runs （十） then （四）.
    private static final Map<String, List<FindingKind>> EXPECTED_PROBLEMS =
            Map.of("line07-lawyers-law-art49", List.of(FindingKind.BROKEN_ENUMERATION));

    private static SanctionExtractor extractor;

    @BeforeAll
    static void create() {
        extractor = SanctionExtractor.create();
    }

    static Stream<Arguments> articles() {
        Map<String, List<String[]>> byFile = new LinkedHashMap<>();
        for (String[] row : Fixtures.tsv(TABLE)) byFile.computeIfAbsent(row[0], f -> new java.util.ArrayList<>()).add(row);
        return byFile.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void tableCoversEveryArticleFixture() throws Exception {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(Fixtures.path("articles"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList();
            List<String> inTable = articles().map(a -> (String) a.get()[0]).sorted().toList();
            assertEquals(onDisk, inTable);
            assertEquals(19, inTable.size(), "18 quoted articles of items 1-7 and item 8's name");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void extractsTheSanctionsOfEachArticle(String file, List<String[]> expected) {
        String wording = Fixtures.text("articles/" + file + ".txt");
        SanctionExtraction got = file.endsWith("item-name") ? extractor.fromItemName(wording) : extractor.extract(wording);
        List<String[]> rows = expected.stream().filter(r -> !r[1].equals("none")).toList();
        assertEquals(rows.stream().map(r -> r[1] + "/" + r[2]).sorted().toList(),
                got.sanctions().stream().map(s -> s.type().key() + "/" + s.serious()).sorted().toList(), "sanctions of " + file);
        for (String[] row : rows) {
            Sanction s = got.sanctions().stream()
                    .filter(x -> x.type().key().equals(row[1]) && String.valueOf(x.serious()).equals(row[2])).findFirst().orElseThrow();
            assertFields(file + " " + row[1], row, s);
            assertEquals(row[1] + (row[2].equals("true") ? "-serious" : ""), s.localName(), "no article of the seed needs a party suffix");
        }
        assertEquals(EXPECTED_PROBLEMS.getOrDefault(file, List.of()),
                got.problems().stream().map(ExtractionProblem::kind).toList(), "problems of " + file + ": " + got.problems());
    }

    private static void assertFields(String what, String[] row, Sanction s) {
        Executable[] checks = {
            () -> assertDecimal(row[3], s.minYuan(), what + " minYuan"),
            () -> assertDecimal(row[4], s.maxYuan(), what + " maxYuan"),
            () -> assertDecimal(row[5], s.minMultiple(), what + " minMultiple"),
            () -> assertDecimal(row[6], s.maxMultiple(), what + " maxMultiple"),
            () -> assertEquals(Fixtures.orNull(row[7]), text(s.minDuration()), what + " minDuration"),
            () -> assertEquals(Fixtures.orNull(row[8]), text(s.maxDuration()), what + " maxDuration"),
            () -> assertEquals(Fixtures.orNull(row[9]), s.authority(), what + " authority"),
            () -> assertEquals(row[10].equals("-") ? List.of() : Arrays.asList(row[10].split(",")),
                    s.parties().stream().map(Party::key).toList(), what + " parties"),
            () -> assertEquals(Fixtures.orNull(row[11]), s.condition(), what + " condition")
        };
        assertAll(what, checks);
    }

    private static void assertDecimal(String expected, BigDecimal actual, String what) {
        if (expected.equals("-")) assertEquals(null, actual, what);
        else assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0, what + ": expected " + expected + ", got " + actual);
    }

    private static String text(Period p) {
        return p == null ? null : p.toString();
    }

    @Test
    void unparsedAmountGivesFineWithoutBoundAndAProblem() {
        SanctionExtraction got = extractor.extract("律师有下列行为之一的，由司法行政部门给予警告，可以处若干元罚款。");
        Sanction fine = got.sanctions().stream().filter(s -> s.type() == SanctionType.FINE).findFirst().orElseThrow();
        assertEquals(null, fine.maxYuan());
        assertEquals(null, fine.minYuan());
        assertEquals(List.of(FindingKind.UNPARSED_AMOUNT), got.problems().stream().map(ExtractionProblem::kind).toList());
        assertTrue(got.problems().get(0).text().contains("若干元"), got.problems().toString());
    }

    @Test
    void conditionThatMentionsASanctionImposesNone() {
        SanctionExtraction got = extractor.extract("律师在受到警告处罚后一年内又发生应当给予警告处罚情形的，由司法行政部门给予停止执业三个月以上一年以下的处罚。");
        assertEquals(List.of("suspension-of-practice"), got.sanctions().stream().map(s -> s.type().key()).toList());
        assertEquals(Period.ofYears(1), got.sanctions().get(0).maxDuration());
    }

    // Who imposes what, said the other way round: the 给予…处罚的 phrases name the kinds, 由…实施 their authority.
    @Test
    void kindsAssignedToABodyAreImposedByIt() {
        SanctionExtraction got = extractor.extract("律师有下列行为之一的，给予警告、罚款处罚的，由县级司法行政部门实施；"
                + "给予吊销执业证书处罚的，由省级司法行政部门实施。");
        Map<String, String> by = got.sanctions().stream().collect(Collectors.toMap(Sanction::localName,
                s -> s.authority() + " / " + s.condition() + " / " + s.parties()));
        assertEquals(Map.of("warning", "县级司法行政部门 / 律师有下列行为之一的 / [LAWYER]",
                "fine", "县级司法行政部门 / 律师有下列行为之一的 / [LAWYER]",
                "revocation-of-practice-certificate", "省级司法行政部门 / 律师有下列行为之一的 / [LAWYER]"), by);
        assertEquals(List.of(), extractor.extract("律师有下列行为之一的，由县级司法行政部门实施。").sanctions(),
                "实施 with no kinds before it assigns nothing");
    }

    @Test
    void secondMentionWithOtherBoundIsReported() {
        SanctionExtraction got = extractor.extract("律师有下列行为之一的，处五千元以下的罚款，罚款数额最高为一万元。");
        assertEquals(new BigDecimal(5000), got.sanctions().get(0).maxYuan());
        assertEquals(List.of(FindingKind.CONFLICTING_BOUNDS), got.problems().stream().map(ExtractionProblem::kind).toList());
    }

    // 处分 is imposed by the official's own employer, not by the body that imposes the penalties before it.
    @Test
    void disciplinarySanctionFallsOnTheOfficialsNamed() {
        SanctionExtraction got = extractor.extract("法律援助机构及其工作人员有下列情形之一的，由设立该法律援助机构的司法行政部门责令限期改正；"
                + "有违法所得的，责令退还或者没收违法所得；对直接负责的主管人员和其他直接责任人员，依法给予处分：（一）收取受援人财物；");
        Map<String, String> byType = got.sanctions().stream().collect(Collectors.toMap(s -> s.type().key(),
                s -> s.parties().stream().map(Party::key).collect(Collectors.joining(",")) + " by " + s.authority()));
        assertEquals(Map.of(
                "order-to-correct", "legal-aid-agency by 设立该法律援助机构的司法行政部门",
                "order-to-return", "legal-aid-agency by 设立该法律援助机构的司法行政部门",
                "confiscation-of-illegal-gains", "legal-aid-agency by 设立该法律援助机构的司法行政部门",
                "disciplinary-sanction", "directly-responsible-person by null"), byType);
    }

    // 律师法第五十条 (2017) in short: one kind, two parties, two bounds; they must not be merged into one fine.
    @Test
    void sameKindForDifferentPartiesStaysApart() {
        SanctionExtraction got = extractor.extract("律师事务所有下列行为之一的，由设区的市级人民政府司法行政部门处十万元以下的罚款：（一）甲的。"
                + "律师事务所因前款违法行为受到处罚的，对其负责人处二万元以下的罚款。");
        Map<String, String> byName = got.sanctions().stream().collect(Collectors.toMap(Sanction::localName,
                s -> s.maxYuan().toPlainString() + " by " + s.authority()));
        assertEquals(Map.of("fine-law-firm", "100000 by 设区的市级人民政府司法行政部门",
                "fine-law-firm-head", "20000 by 设区的市级人民政府司法行政部门"), byName);
        assertEquals(List.of(), got.problems());
    }

    @Test
    void seriousSanctionAuthorityDoesNotCarryToNextSentence() {
        SanctionExtraction got = extractor.extract("律师有下列行为之一的，由市司法行政部门给予警告；情节严重的，由省司法行政部门吊销其律师执业证书。"
                + "律师因前款行为受到处罚后再犯的，处一万元以下的罚款。");
        Map<String, String> by = got.sanctions().stream().collect(Collectors.toMap(Sanction::localName, Sanction::authority));
        assertEquals(Map.of("warning", "市司法行政部门", "revocation-of-practice-certificate-serious", "省司法行政部门",
                "fine", "市司法行政部门"), by);
    }

    @Test
    void referralToAnotherArticleIsNoSanction() {
        assertEquals(List.of(), extractor.extract("违反第二十四条规定的，依照《律师法》第四十八条相关规定予以行政处罚。").sanctions());
        assertEquals(List.of(SanctionType.UNSPECIFIED_PENALTY),
                extractor.extract("律师有下列情形之一的，由司法行政部门依法给予处罚：").sanctions().stream().map(Sanction::type).toList());
    }

    // 律师事务所管理办法第六十一条 as quoted in the seed (line 21): the body is the subject, not introduced by 由.
    @Test
    void bodyAsSubjectIsTheAuthority() {
        Sanction s = extractor.extract("县级以上司法行政机关开展日常监督管理过程中，对发现、查实的律师事务所在执业和内部管理方面的问题，"
                + "应当向律师事务所负责人或者有关律师进行警示谈话、责令改正，并对其整改情况进行监督。").sanctions().get(0);
        assertEquals(SanctionType.ORDER_TO_CORRECT, s.type());
        assertEquals("县级以上司法行政机关", s.authority());
        assertEquals(List.of(Party.LAW_FIRM_HEAD, Party.LAWYER), s.parties());
    }

    // 公证法第四十一条 writes the duration before the kind and a fine per party within one sentence.
    @Test
    void durationBeforeItsKindAndFinesPerParty() {
        SanctionExtraction got = extractor.extract("公证机构及其公证员有下列行为之一的，由司法行政部门给予警告；情节严重的，对公证机构处一万元以上五万元以下罚款，"
                + "对公证员处一千元以上五千元以下罚款，并可以给予三个月以上六个月以下停止执业的处罚。");
        Map<String, String> byName = got.sanctions().stream().collect(Collectors.toMap(Sanction::localName,
                s -> s.minYuan() + ".." + s.maxYuan() + " " + s.minDuration() + ".." + s.maxDuration() + " " + s.parties()));
        assertEquals(Map.of("warning", "null..null null..null [NOTARY_OFFICE, NOTARY]",
                "fine-serious-notary-office", "10000..50000 null..null [NOTARY_OFFICE]",
                "fine-serious-notary", "1000..5000 null..null [NOTARY]",
                "suspension-of-practice-serious", "null..null P3M..P6M [NOTARY]"), byName);
    }

    @Test
    void unparsedDurationGivesSuspensionWithoutBoundAndAProblem() {
        SanctionExtraction got = extractor.extract("律师有下列行为之一的，由司法行政部门给予停止执业若干个月的处罚。");
        assertEquals(List.of(SanctionType.SUSPENSION_OF_PRACTICE), got.sanctions().stream().map(Sanction::type).toList());
        assertEquals(null, got.sanctions().get(0).duration());
        assertEquals(List.of(FindingKind.UNPARSED_DURATION), got.problems().stream().map(ExtractionProblem::kind).toList());
    }
}
