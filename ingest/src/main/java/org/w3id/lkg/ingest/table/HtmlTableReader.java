package org.w3id.lkg.ingest.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a saved web page: the table that holds the list (the largest table that has no table inside it, so the
 * page's layout tables are passed over), its {@code rowspan}/{@code colspan} expanded as merged cells of a workbook
 * are. Positions are the table's grid, {@code page.html:table2!C5} (the page's second table, row 5, column C).
 * Line breaks inside a cell ({@code <br>}, {@code <p>}) are kept as spaces.
 */
public final class HtmlTableReader implements TableReader {
    @Override
    public void read(Path file, RowHandler handler) {
        String name = file.toString();
        Document page;
        try {
            byte[] bytes = Files.readAllBytes(file);
            // jsoup reads the charset from the BOM or <meta>; government pages without one are mostly GB18030.
            page = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), charsetOf(bytes), "");
        } catch (NoSuchFileException e) {
            throw new PowerListFormatException(SourcePosition.unknown(name), "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Elements tables = page.select("table");
        Element chosen = null;
        int chosenIndex = 0, chosenRows = 0;
        for (int i = 0; i < tables.size(); i++) {
            Element t = tables.get(i);
            if (!t.select("table table").isEmpty() || t.select("table").size() > 1) continue;
            int rows = ownRows(t).size();
            if (rows > chosenRows) { chosen = t; chosenIndex = i + 1; chosenRows = rows; }
        }
        if (chosen == null) {
            throw new PowerListFormatException(new SourcePosition(name, 1, 1),
                    "the page holds no table; expected a saved web page with the list as an HTML <table>");
        }
        String sheet = "table" + chosenIndex;
        handler.table(sheet);
        List<List<String>> grid = grid(ownRows(chosen));
        for (int r = 0; r < grid.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            List<String> texts = grid.get(r);
            for (int c = 0; c < texts.size(); c++) cells.add(new Cell(texts.get(c), c + 1));
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) cells.remove(cells.size() - 1);
            handler.row(new TableRow(name, r + 1, cells, sheet));
        }
        handler.end(name, grid.size());
    }

    // A charset only when the bytes say nothing: jsoup honours a BOM and <meta charset> when given null.
    private static String charsetOf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        if (head.contains("charset") || (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF)) return null;
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return "UTF-8";
        } catch (java.nio.charset.CharacterCodingException e) {
            return "GB18030";
        }
    }

    private static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) if (tr.closest("table") == table) rows.add(tr);
        return rows;
    }

    // Lays the cells out on a grid, a rowspan/colspan cell filling every slot it covers (spans past the last row are
    // cut off). One pass over the cells: a page of thousands of rows must not cost rows × cells.
    private static List<List<String>> grid(List<Element> rows) {
        int height = rows.size();
        List<Map<Integer, String>> filled = new ArrayList<>(height);
        for (int r = 0; r < height; r++) filled.add(new HashMap<>());
        int[] width = new int[height];
        for (int r = 0; r < height; r++) {
            int c = 0;
            for (Element td : rows.get(r).children()) {
                if (!td.tagName().equals("td") && !td.tagName().equals("th")) continue;
                while (filled.get(r).containsKey(c)) c++;
                String text = text(td);
                int rs = span(td, "rowspan"), cs = span(td, "colspan");
                for (int i = 0; i < rs && r + i < height; i++) {
                    for (int j = 0; j < cs; j++) filled.get(r + i).put(c + j, text);
                    width[r + i] = Math.max(width[r + i], c + cs);
                }
                c += cs;
            }
        }
        List<List<String>> out = new ArrayList<>(height);
        for (int r = 0; r < height; r++) {
            List<String> row = new ArrayList<>(width[r]);
            for (int c = 0; c < width[r]; c++) row.add(filled.get(r).getOrDefault(c, ""));
            out.add(row);
        }
        return out;
    }

    private static String text(Element td) {
        td.select("br, p, div, li").forEach(e -> e.before(" "));
        return td.text().replace('\u00A0', ' ').strip();
    }

    private static int span(Element td, String attr) {
        try {
            int n = Integer.parseInt(td.attr(attr).strip());
            return Math.max(1, Math.min(n, 1000));   // a typo of rowspan="9999" must not build a huge grid
        } catch (NumberFormatException e) {
            return 1;
        }
    }

}
