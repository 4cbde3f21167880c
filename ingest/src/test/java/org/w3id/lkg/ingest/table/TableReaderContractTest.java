package org.w3id.lkg.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link TableReader} keeps, run once per format: one table (a title merged across, a header,
 * a cell with a comma, an empty row, a last row shorter than the header) reads as the same rows of
 * the same texts, each with a position in its format's notation, and {@link RowHandler#end} comes once.
 */
abstract class TableReaderContractTest {
    static final List<List<String>> TABLE = List.of(
            List.of("某县司法局权责清单", "", ""),
            List.of("序号", "事项名称", "实施依据"),
            List.of("1", "对律师的处罚", "《律师法》第四十九条,第五十条"),
            List.of(),
            List.of("2", "对公证员的处罚"));

    @TempDir
    Path dir;

    /** Writes {@link #TABLE} in the format under test (the title merged over three columns where the format can). */
    abstract Path write(Path dir) throws IOException;

    /** The position the format gives the cell at 1-based row and column, as printed. */
    abstract String position(Path file, int row, int column);

    /** What the format makes of the title merged across: repeated in every cell it covers, or in its first only. */
    List<String> titleRow() { return List.of("某县司法局权责清单", "某县司法局权责清单", "某县司法局权责清单"); }

    @Test
    void readsTheSameRowsWithPositions() throws IOException {
        Path file = write(dir);
        List<String> rows = new ArrayList<>();
        int[] ends = {0};
        TableFormat.of(file).reader(null).read(file, new RowHandler() {
            @Override public void row(TableRow row) {
                if (row.nonBlankCells() == 0) return;
                Cell last = row.cells().get(row.cells().size() - 1);
                rows.add(String.join("|", row.cells().stream().map(Cell::text).toList()) + " @ " + row.position(last));
            }

            @Override public void end(String f, int lastLine) { ends[0]++; }
        });
        assertEquals(List.of(
                String.join("|", titleRow()) + " @ " + position(file, 1, titleRow().size()),
                "序号|事项名称|实施依据 @ " + position(file, 2, 3),
                "1|对律师的处罚|《律师法》第四十九条,第五十条 @ " + position(file, 3, 3),
                "2|对公证员的处罚 @ " + position(file, 5, 2)), rows);
        assertEquals(1, ends[0]);
    }

    static void workbook(Workbook wb, Path file) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("清单");
            for (int r = 0; r < TABLE.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < TABLE.get(r).size(); c++) {
                    String t = TABLE.get(r).get(c);
                    if (t.isEmpty()) continue;
                    if (c == 0 && t.matches("\\d+")) row.createCell(c).setCellValue(Double.parseDouble(t));
                    else row.createCell(c).setCellValue(t);
                }
            }
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
            wb.write(out);
        }
    }

    static String sheetCell(Path file, String sheet, int row, int column) {
        return file + ":" + sheet + "!" + SourcePosition.columnName(column) + row;
    }

    static final class Tsv extends TableReaderContractTest {
        @Override Path write(Path dir) throws IOException {
            StringBuilder b = new StringBuilder();
            for (List<String> r : TABLE) b.append(String.join("\t", r)).append('\n');
            return Files.writeString(dir.resolve("list.tsv"), b.toString(), StandardCharsets.UTF_8);
        }

        @Override List<String> titleRow() { return List.of("某县司法局权责清单", "", ""); }

        // The last cell's column, in characters of the line.
        @Override String position(Path file, int row, int column) {
            List<String> cells = TABLE.get(row - 1);
            int col = 1;
            for (int c = 0; c < column - 1; c++) col += cells.get(c).length() + 1;
            return file + ":" + row + ":" + col;
        }
    }

    static final class Csv extends TableReaderContractTest {
        @Override Path write(Path dir) throws IOException {
            StringBuilder b = new StringBuilder("\uFEFF");   // Excel's BOM and CRLF, and its quoting of a cell with a comma
            for (List<String> r : TABLE) {
                b.append(String.join(",", r.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList())).append("\r\n");
            }
            return Files.writeString(dir.resolve("list.csv"), b.toString(), StandardCharsets.UTF_8);
        }

        @Override List<String> titleRow() { return List.of("某县司法局权责清单", "", ""); }

        @Override String position(Path file, int row, int column) {
            List<String> cells = TABLE.get(row - 1);
            int col = 1;
            for (int c = 0; c < column - 1; c++) col += cells.get(c).length() + (cells.get(c).contains(",") ? 2 : 0) + 1;
            return file + ":" + row + ":" + col;
        }
    }

    static final class Xlsx extends TableReaderContractTest {
        @Override Path write(Path dir) throws IOException {
            Path f = dir.resolve("list.xlsx");
            workbook(new XSSFWorkbook(), f);
            return f;
        }

        @Override String position(Path file, int row, int column) { return sheetCell(file, "清单", row, column); }
    }

    static final class Xls extends TableReaderContractTest {
        @Override Path write(Path dir) throws IOException {
            Path f = dir.resolve("list.xls");
            workbook(new HSSFWorkbook(), f);
            return f;
        }

        @Override String position(Path file, int row, int column) { return sheetCell(file, "清单", row, column); }
    }

    static final class Html extends TableReaderContractTest {
        @Override Path write(Path dir) throws IOException {
            StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table>");
            b.append("<tr><td colspan=\"3\">某县司法局权责清单</td></tr>");
            for (List<String> r : TABLE.subList(1, TABLE.size())) {
                b.append("<tr>");
                for (String c : r) b.append("<td>").append(c).append("</td>");
                b.append("</tr>");
            }
            return Files.writeString(dir.resolve("list.html"), b.append("</table></body></html>").toString(), StandardCharsets.UTF_8);
        }

        @Override String position(Path file, int row, int column) { return sheetCell(file, "table1", row, column); }
    }
}
