package org.w3id.lkg.ingest.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads Excel workbooks, .xlsx and .xls alike (Apache POI's usermodel), every sheet as a table: each row with its
 * sheet, row and column ({@code file:sheet!B12}). A merged region's text is given to every cell it covers, so a title
 * merged across the top, a header merged over two columns and an item name merged down over its sub-items read as
 * a text table would. Cells are read as displayed (a 序号 typed as the number 1 is "1", not "1.0"; a formula its
 * last computed value).
 */
public final class WorkbookTableReader implements TableReader {
    @Override
    public void read(Path file, RowHandler handler) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) throw new PowerListFormatException(SourcePosition.unknown(file.toString()), "no such file");
        int lastLine = 0;
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter();
            formatter.setUseCachedValuesForFormulaCells(true);
            for (Sheet sheet : workbook) {
                handler.table(sheet.getSheetName());
                lastLine = readSheet(name, sheet, formatter, handler);
            }
        } catch (EncryptedDocumentException e) {
            throw new PowerListFormatException(new SourcePosition(name, 1, 1),
                    "the workbook is password-protected; expected an open .xlsx or .xls workbook");
        } catch (NoSuchFileException e) {
            throw new PowerListFormatException(SourcePosition.unknown(name), "no such file");
        } catch (IOException | RuntimeException e) {
            if (e instanceof PowerListFormatException p) throw p;
            throw new PowerListFormatException(new SourcePosition(name, 1, 1),
                    "not a readable Excel workbook (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); expected an .xlsx or .xls file");
        }
        handler.end(name, lastLine);
    }

    private static int readSheet(String file, Sheet sheet, DataFormatter formatter, RowHandler handler) {
        MergedCells merged = new MergedCells(sheet);
        int width = 0;
        for (Row r : sheet) width = Math.max(width, r.getLastCellNum());
        for (CellRangeAddress m : sheet.getMergedRegions()) width = Math.max(width, m.getLastColumn() + 1);
        int last = sheet.getLastRowNum();
        for (CellRangeAddress m : sheet.getMergedRegions()) last = Math.max(last, m.getLastRow());
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= last; r++) {
            List<Cell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) cells.add(new Cell(merged.text(sheet, r, c, formatter), c + 1));
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) cells.remove(cells.size() - 1);
            handler.row(new TableRow(file, r + 1, cells, sheet.getSheetName()));
        }
        return last + 1;
    }

    /** The merged regions of a sheet: the text of a covered cell is the text of its region's first cell. */
    private static final class MergedCells {
        // Covered cell → its region's first cell, both as row << 32 | column: one look-up per cell, whatever the
        // number of regions.
        private final java.util.Map<Long, Long> first = new java.util.HashMap<>();

        MergedCells(Sheet sheet) {
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                long origin = key(m.getFirstRow(), m.getFirstColumn());
                for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                    for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) first.put(key(r, c), origin);
                }
            }
        }

        String text(Sheet sheet, int row, int col, DataFormatter formatter) {
            Long origin = first.get(key(row, col));
            if (origin != null) { row = (int) (origin >> 32); col = (int) (origin & 0xffffffffL); }
            Row r = sheet.getRow(row);
            org.apache.poi.ss.usermodel.Cell cell = r == null ? null : r.getCell(col);
            return cell == null ? "" : formatter.formatCellValue(cell);
        }

        private static long key(int row, int col) { return ((long) row << 32) | col; }
    }
}
