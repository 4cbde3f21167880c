package org.w3id.lkg.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.lkg.ontology.FindingKind;

class EnumerationCheckTest {

    @Test
    void lawyersLawArticle49BreaksAfterPointTen() {
        String text = Fixtures.text("articles/line07-lawyers-law-art49.txt");
        int second4 = text.indexOf("（四）", text.indexOf("（十）"));
        assertEquals(List.of(new EnumerationBreak(second4, "（四）", 11, 4)), EnumerationCheck.check(text));
        assertEquals("（四）故意提供虚假证据", text.substring(second4, second4 + 11));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line07-lawyers-law-art47", "line08-lawyers-law-art50", "line13-grassroots-office-measures-art36",
            "line13-grassroots-worker-measures-art46", "line06-legal-aid-law-art62"})
    void wellFormedEnumerationsHaveNoBreak(String file) {
        assertEquals(List.of(), EnumerationCheck.check(Fixtures.text("articles/" + file + ".txt")));
    }

    @Test
    void gapIsABreakAndANewListIsNot() {
        String text = "第一条（一）甲；（二）乙；（四）丁。第二条（一）甲；（二）乙。区（县）不算。";
        assertEquals(List.of(new EnumerationBreak(text.indexOf("（四）"), "（四）", 3, 4)), EnumerationCheck.check(text));
    }

    @Test
    void aQuoteOfOnePointMayStartAnywhere() {
        String text = "第九条第五项：“司法行政部门主管法治宣传教育工作，并履行下列职责：（五）组织开展法治宣传教育培训；”";
        assertEquals(List.of(), EnumerationCheck.check(text));
    }

    @Test
    void breakBecomesAProblem() {
        ExtractionProblem p = new EnumerationBreak(7, "（四）", 11, 4).toProblem("text");
        assertEquals(FindingKind.BROKEN_ENUMERATION, p.kind());
        assertEquals("enumeration repeats at offset 7: expected point 11 but found （四）", p.message());
    }
}
