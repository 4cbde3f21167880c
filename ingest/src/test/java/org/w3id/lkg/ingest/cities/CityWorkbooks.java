package org.w3id.lkg.ingest.cities;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the workbook fixtures of the corpus from their sources under {@code cities/workbook-sources}: a grid of the
 * cells as published ({@code name.tsv}, a merged region's text in its first cell, {@code \n} for a line break in a
 * cell) and its merged regions ({@code name.merges}, one {@code A1:J1} per line). Run once, by hand, when a source
 * changes; the workbooks it wrote are committed beside the other fixtures:
 * {@code java -cp target/test-classes:target/classes:target/lib/* org.w3id.lkg.ingest.cities.CityWorkbooks src/test/resources/cities}.
 */
public final class CityWorkbooks {
    private CityWorkbooks() {}

    /** Which source becomes which workbook (the .xls is the BIFF8 format of Excel 97–2003). */
    static final List<String> WORKBOOKS = List.of(
            "zhengzhou-random-check-two-row-header.xlsx",
            "shantou-item-merged-over-sub-items.xlsx",
            "rongchang-check-category-merged-down.xlsx",
            "guizhou-type-first-template.xls");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/cities");
        for (String name : WORKBOOKS) {
            String stem = name.substring(0, name.lastIndexOf('.'));
            Path out = dir.resolve(name);
            write(dir.resolve("workbook-sources").resolve(stem + ".tsv"), dir.resolve("workbook-sources").resolve(stem + ".merges"),
                    name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook(), out);
            System.out.println("wrote " + out);
        }
    }

    static void write(Path grid, Path merges, Workbook workbook, Path out) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("Sheet1");
            List<String> lines = Files.readAllLines(grid, StandardCharsets.UTF_8);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) continue;
                    String text = cells[c].replace("\\n", "\n");
                    // A 序号 is typed as a number in the published workbooks; the reader must give it back as written.
                    if (c == 0 && text.matches("\\d+")) row.createCell(c).setCellValue(Double.parseDouble(text));
                    else row.createCell(c).setCellValue(text);
                }
            }
            if (Files.exists(merges)) {
                for (String m : Files.readAllLines(merges, StandardCharsets.UTF_8)) {
                    if (!m.isBlank()) sheet.addMergedRegion(CellRangeAddress.valueOf(m.strip()));
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                workbook.write(o);
            }
        }
    }
}
