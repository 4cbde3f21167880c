package org.w3id.lkg.ingest.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.citation.ProvisionNumber;
import org.w3id.lkg.ontology.FindingKind;

/** Each way a citation can disagree with the official text, and the faithful citations that must pass. */
class CitationAuditTest {
    static final StatuteLibrary LIBRARY = StatuteLibrary.read(StatuteTextReaderTest.LIBRARY, DocumentRegistry.standard());
    static final String LAWYERS_LAW = "lawyers-law";

    private final CitationAudit audit = new CitationAudit(LIBRARY);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            faithful article                      | 4 | 0 | 0 | 司法行政部门依照本法对测试律师、测试律师事务所进行监督指导。 | -          | -
            faithful excerpt of a paragraph       | 2 | 2 | 0 | 测试律师应当维护测试当事人的合法权益                       | -          | -
            paragraph quoted with the rest        | 3 | 2 | 0 | 测试律师事务所因前款违法行为受到处罚的，对其负责人给予警告。 | -          | -
            existing point, no wording            | 3 | 1 | 3 | -                                                          | -          | -
            article beyond the last               | 40 | 0 | 0 | -                                                         | -          | provision-not-in-text: 《中华人民共和国律师法》第四十条 does not exist in the 2017-09-01 text, whose last article is 第五条
            missing article whose wording is 第四条 | 40 | 0 | 0 | 司法行政部门依照本法对测试律师、测试律师事务所进行监督、指导。 | - | provision-not-in-text: 《中华人民共和国律师法》第四十条 does not exist in the 2017-09-01 text, whose last article is 第五条; the wording quoted for it is the official 第四条 (100%)
            paragraph beyond the last             | 1 | 3 | 0 | -                                                          | -          | provision-not-in-text: 《中华人民共和国律师法》第一条 has 1 paragraph (款) in the 2017-09-01 text; 第三款 is cited
            point beyond the last                 | 3 | 1 | 4 | -                                                          | -          | provision-not-in-text: 《中华人民共和国律师法》第三条第一款 has 3 points (项) in the 2017-09-01 text; 第四项 is cited
            wording of another article            | 5 | 0 | 0 | 司法行政部门依照本法对测试律师、测试律师事务所进行监督、指导。 | -          | misnumbered-citation: the wording quoted as 《中华人民共和国律师法》第五条 is the official wording of 第四条 in the 2017-09-01 text (100% of it is there, 7% in 第五条)
            wording of no article                 | 1 | 0 | 0 | 受理人以欺骗手段获得法律援助的，处三千元以下罚款。          | -          | wording-differs: the wording quoted as 《中华人民共和国律师法》第一条 differs from the 2017-09-01 text: only 0% of it is in the official 第一条
            a version the folder lacks is not judged | 40 | 0 | 0 | 受理人以欺骗手段获得法律援助的。                        | 1996-05-15 | -
            the library's version is judged       | 40 | 0 | 0 | -                                                          | 2017-09-01 | provision-not-in-text: 《中华人民共和国律师法》第四十条 does not exist in the 2017-09-01 text, whose last article is 第五条
            """)
    void problemsOfACitation(String name, int article, int paragraph, int point, String wording, String version,
                             String expected) {
        List<AuditProblem> got = audit.check(LAWYERS_LAW, "中华人民共和国律师法", new ProvisionNumber(article, paragraph, point),
                wording == null ? "" : wording, version == null ? null : LocalDate.parse(version));
        assertEquals(expected == null ? List.of() : List.of(expected),
                got.stream().map(p -> p.kind().notation() + ": " + p.message()).toList(), name);
    }

    @Test
    void documentsWithoutAnOfficialTextAndWholeDocumentCitationsAreNotJudged() {
        assertEquals(List.of(), audit.check("legal-aid-law", "中华人民共和国法律援助法", ProvisionNumber.article(999), "", null));
        assertEquals(List.of(), audit.check(LAWYERS_LAW, "中华人民共和国律师法", ProvisionNumber.DOCUMENT, "", null));
    }

    @Test
    void aTitleTheRegistryDoesNotKnowIsReadButSetAside() {
        assertEquals(1, LIBRARY.size());
        assertEquals(List.of("示例条例"), LIBRARY.unmatched().stream().map(StatuteText::title).toList());
        assertEquals("statutes: 1 official text from " + StatuteTextReaderTest.LIBRARY
                + "; not in the document registry, so not used: 《示例条例》", LIBRARY.summary());
    }

    @Test
    void eachCitationIsJudgedAgainstTheVersionItNames(@TempDir Path dir) throws Exception {
        Files.copy(StatuteTextReaderTest.LIBRARY.resolve("律师法(2017-09-01).md"), dir.resolve("律师法(2017-09-01).md"));
        Files.writeString(dir.resolve("律师法(2012-10-26).md"),
                "# 中华人民共和国律师法\n\n<!-- INFO END -->\n\n第一条 旧文本第一条。\n\n第二条 旧文本第二条。\n");
        CitationAudit both = new CitationAudit(StatuteLibrary.read(dir, DocumentRegistry.standard()));

        assertEquals(List.of(FindingKind.PROVISION_NOT_IN_TEXT), both.check(LAWYERS_LAW, "中华人民共和国律师法", ProvisionNumber.article(4), "",
                LocalDate.of(2012, 10, 26)).stream().map(AuditProblem::kind).toList(), "the 2012 text ends at 第二条");
        assertEquals(List.of(), both.check(LAWYERS_LAW, "中华人民共和国律师法", ProvisionNumber.article(4), "", null),
                "no version named: the newest text, which has 第四条");
    }

    @Test
    void twoTextsOfOneVersionAreBadInput(@TempDir Path dir) throws Exception {
        Files.copy(StatuteTextReaderTest.LIBRARY.resolve("律师法(2017-09-01).md"), dir.resolve("律师法(2017-09-01).md"));
        Files.copy(StatuteTextReaderTest.LIBRARY.resolve("律师法(2017-09-01).md"), dir.resolve("律师法 copy(2017-09-01).md"));
        StatuteFormatException e = assertThrows(StatuteFormatException.class,
                () -> StatuteLibrary.read(dir, DocumentRegistry.standard()));
        assertTrue(e.getMessage().contains("of 2017-09-01 is also in "), e.getMessage());
    }
}
