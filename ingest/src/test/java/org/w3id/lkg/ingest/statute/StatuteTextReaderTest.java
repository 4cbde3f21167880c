package org.w3id.lkg.ingest.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** Statute files in the LawRefBook form: articles, paragraphs and points as the text has them; bad files named. */
class StatuteTextReaderTest {
    static final Path LIBRARY = Path.of("src/test/resources/statute/library");
    static final Path BAD = Path.of("src/test/resources/statute/bad");

    private final StatuteTextReader reader = new StatuteTextReader();

    @Test
    void readsTitleVersionArticlesParagraphsAndPoints() {
        StatuteText text = reader.read(LIBRARY.resolve("律师法(2017-09-01).md"));

        assertEquals("中华人民共和国律师法", text.title());
        assertEquals(LocalDate.of(2017, 9, 1), text.versionDate());
        assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(text.articles().keySet()), "第三条之一 is no article of its own");
        assertEquals(5, text.lastArticle());

        OfficialArticle two = text.article(2);
        assertEquals(2, two.paragraphs().size());
        assertEquals("测试律师应当维护测试当事人的合法权益。", two.paragraph(2).lead());
        assertNull(two.paragraph(3));

        OfficialArticle three = text.article(3);
        assertEquals(2, three.paragraphs().size(), "the line after the points is the second paragraph");
        assertEquals(3, three.paragraph(1).points().size());
        assertEquals("（二）以不正当手段承揽测试业务的；", three.paragraph(1).points().get(1));
        assertTrue(three.wording().endsWith("对其负责人给予警告。"), three.wording());
        assertTrue(!three.wording().contains("由修正插入"), "the inserted 第三条之一 is not part of 第三条");
        assertTrue(text.articles().values().stream().noneMatch(a -> a.wording().contains("序言")), "the preamble is no article");
    }

    @Test
    void versionComesFromTheLastDatedLineWhenTheFileNameHasNone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("条例.md");
        Files.writeString(file, "# 法律援助条例\n\n2003年7月16日 通过\n\n2003年7月21日 公布\n\n<!-- INFO END -->\n\n第一条 条文。\n");
        assertEquals(LocalDate.of(2003, 7, 21), reader.read(file).versionDate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-title(2020-01-01).md            | 1 | expected the title line '# 中华人民共和国…', found '第一条 没有标题行的条文。'
            empty(2020-01-01).md               | 1 | expected the title line '# 中华人民共和国…', found an empty file
            duplicate-article(2020-01-01).md   | 7 | 第一条 appears twice; first at line 5
            no-version-date.md                 | 1 | no version date: expected '(YYYY-MM-DD)' in the file name or a dated line
            bad-article-number(2020-01-01).md  | 7 | expected an article number after 第, found '〇'
            not-utf8(2020-01-01).md            | 1 | expected UTF-8 text; the bytes are not
            """)
    void aBadFileIsNamedWithLineColumnAndWhatWasExpected(String file, int line, String expected) {
        Path path = BAD.resolve(file);
        StatuteFormatException e = assertThrows(StatuteFormatException.class, () -> reader.read(path));
        assertEquals(path.toString(), e.position().file());
        assertEquals(line, e.position().line());
        assertEquals(1, e.position().column());
        assertTrue(e.getMessage().startsWith(path + ":" + line + ":1: " + expected), e.getMessage());
    }
}
