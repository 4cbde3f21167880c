package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ingest.SeedGraph;
import org.w3id.lkg.ingest.table.Cell;
import org.w3id.lkg.ingest.table.HtmlTableReader;
import org.w3id.lkg.ingest.table.RowHandler;
import org.w3id.lkg.ingest.table.TableRow;

/**
 * The workbook and web-page readers as users meet them: every sheet read, a notes sheet skipped and reported, merged
 * cells expanded, positions {@code file:sheet!B12}, and bad workbooks or pages refused with exit code 2.
 */
class WorkbookAndPageReadersTest {
    @TempDir
    Path dir;

    @Test
    void aNotesSheetIsSkippedAndReportedAndTheListSheetIsReadWithItsMergedCells() throws IOException {
        Path book = dir.resolve("list.xlsx");
        write(book, List.of(
                new SheetSpec("填表说明", List.of(List.of("1.本表由各单位填写"), List.of("2.依据写明条款")), List.of()),
                new SheetSpec("清单", List.of(
                        List.of("某县司法局权责清单", "", "", ""),
                        List.of("序号", "事项名称", "子项名称", "实施依据", "检查方式"),
                        List.of("1", "对律师事务所的行政检查", "年度检查", "《律师法》第四条", "现场检查"),
                        List.of("", "", "专项检查", "《律师事务所管理办法》第五条", "书面检查"),
                        List.of("2", "对公证机构的行政检查", "", "《公证法》第五条", "")),
                        List.of("A1:D1", "A3:A4", "B3:B4"))));
        Graph g = SeedGraph.ingest(book);

        Set<String> items = strings(g, "SELECT ?x { ?i lkg:itemName ?n ; lkg:sourceSheet ?s ; lkg:sourceLine ?l . "
                + "BIND(CONCAT(?n, ' @ ', ?s, '!', STR(?l)) AS ?x) }");
        assertEquals(Set.of("对律师事务所的行政检查 @ 清单!3", "对公证机构的行政检查 @ 清单!5"), items);
        assertEquals(Set.of("年度检查", "专项检查"), strings(g, "SELECT ?x { ?i lkg:itemNumber 1 ; lkg:subItemName ?x }"));
        assertEquals(Set.of("律师法第四条", "律师事务所管理办法第五条", "公证法第五条"),
                strings(g, "SELECT ?x { ?c lkg:citationText ?t ; lkg:citedTitle ?d . BIND(CONCAT(?d, ?t) AS ?x) }"),
                "the sub-item row's basis is read too");
        assertEquals(Set.of("检查方式=现场检查", "检查方式=书面检查"),
                strings(g, "SELECT ?x { ?i lkg:itemNumber 1 ; lkg:labelledValue ?v . ?v rdfs:label ?l ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?t . BIND(CONCAT(?l, '=', ?t) AS ?x) }"));
        assertEquals(Set.of("skipped-sheet 填表说明"), strings(g,
                "SELECT ?x { ?f lkg:findingKind ?k ; lkg:rawValue ?r . FILTER(STRENDS(STR(?k), 'skipped-sheet')) BIND(CONCAT('skipped-sheet ', ?r) AS ?x) }"));
        assertEquals(Set.of("对律师事务所的行政检查 administrative-inspection", "对公证机构的行政检查 administrative-inspection"), strings(g,
                "SELECT ?x { ?i lkg:itemName ?n ; lkg:powerType ?t . BIND(CONCAT(?n, ' ', REPLACE(STR(?t), '^.*/', '')) AS ?x) }"),
                "no type column: the type is inferred from the name");
    }

    @Test
    void aBadCellOfASheetIsNamedBySheetAndCell() throws IOException {
        Path book = dir.resolve("bad.xlsx");
        write(book, List.of(new SheetSpec("清单", List.of(
                List.of("序号", "事项名称", "权力类型", "实施依据"),
                List.of("1", "对律师的处罚", "行政处罚", "《律师法》第四十九条"),
                List.of("第二", "对律师事务所的处罚", "行政处罚", "《律师法》第五十条")), List.of())));
        CommandRun run = CommandRun.of("ingest", book.toString(), "--out", dir.resolve("out.trig").toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertEquals("lkg: " + book + ":清单!A3: expected an item number in column 序号, found 「第二」", run.err().strip());
    }

    @Test
    void aWorkbookWithNoListLikeSheetIsAClearError() throws IOException {
        Path book = dir.resolve("notes.xlsx");
        write(book, List.of(new SheetSpec("说明", List.of(List.of("本表无数据")), List.of()),
                new SheetSpec("Sheet2", List.of(), List.of())));
        CommandRun run = CommandRun.of("ingest", book.toString(), "--out", dir.resolve("out.trig").toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("lkg: " + book + ":1:1: no sheet holds a list: 说明, Sheet2"), run.err());
        assertFalse(Files.exists(dir.resolve("out.trig")));
    }

    @Test
    void aFileThatIsNoWorkbookOrNoPageWithATableIsRefused() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "序号\t事项名称\n");
        CommandRun run = CommandRun.of("ingest", fake.toString(), "--out", dir.resolve("out.trig").toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("lkg: " + fake + ":1:1: not a readable Excel workbook"), run.err());

        Path page = Files.writeString(dir.resolve("page.html"), "<html><body><p>权责清单见附件</p></body></html>");
        run = CommandRun.of("ingest", page.toString(), "--out", dir.resolve("out.trig").toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertEquals("lkg: " + page + ":1:1: the page holds no table; expected a saved web page with the list as an HTML <table>",
                run.err().strip());
    }

    @Test
    void aPageIsReadFromTheTableThatHoldsTheListWithItsSpansExpanded() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), """
                <html><head><meta charset="utf-8"></head><body>
                <table><tr><td>首页</td><td>政务公开</td></tr></table>
                <table>
                <tr><td rowspan="2">序号</td><td colspan="2">事项</td><td rowspan="2">法律依据</td></tr>
                <tr><td>事项名称</td><td>子项名称</td></tr>
                <tr><td>1</td><td>甲</td><td>乙</td><td>《律师法》第四条</td></tr>
                </table></body></html>""", StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>();
        new HtmlTableReader().read(page, new RowHandler() {
            @Override public void table(String name) { rows.add("table " + name); }
            @Override public void row(TableRow row) {
                rows.add(row.position() + " " + String.join("|", row.cells().stream().map(Cell::text).toList()));
            }
        });
        assertEquals(List.of("table table2", page + ":table2!A1 序号|事项|事项|法律依据", page + ":table2!A2 序号|事项名称|子项名称|法律依据",
                page + ":table2!A3 1|甲|乙|《律师法》第四条"), rows);
    }

    private record SheetSpec(String name, List<List<String>> rows, List<String> merges) {}

    private static void write(Path file, List<SheetSpec> sheets) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (SheetSpec spec : sheets) {
                Sheet sheet = wb.createSheet(spec.name());
                for (int r = 0; r < spec.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = spec.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c).isEmpty()) continue;
                        // 序号 typed as a number, as Excel users do: it must read back as 1, not 1.0.
                        if (c == 0 && cells.get(c).matches("\\d+")) row.createCell(c).setCellValue(Double.parseDouble(cells.get(c)));
                        else row.createCell(c).setCellValue(cells.get(c));
                    }
                }
                for (String m : spec.merges()) sheet.addMergedRegion(CellRangeAddress.valueOf(m));
            }
            wb.write(out);
        }
    }

    private static Set<String> strings(Graph g, String select) {
        Set<String> out = new TreeSet<>();
        SeedGraph.select(g, select).forEachRemaining(b -> out.add(b.get("x").getLiteralLexicalForm()));
        return out;
    }
}
