package org.w3id.lkg.ingest.list;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.lkg.ingest.table.Cell;
import org.w3id.lkg.ingest.table.PowerListFormatException;
import org.w3id.lkg.ingest.table.RowHandler;
import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ingest.table.TableRow;
import org.w3id.lkg.ontology.ChineseNumber;
import org.w3id.lkg.ontology.FindingKind;

/**
 * Recognises a power list in a stream of table rows: title lines (above the header, or one per section), the header
 * (found by scoring rows, one row or two from merged cells, repeated per page or per record), section rows
 * (一、律师管理, 行政处罚类), sections opened by 序号 starting again, item rows (aligned and handed on) and the rows of
 * an item whose name is merged down over its sub-items. A workbook's sheets are tables of their own: each finds its
 * header again; a sheet with none (notes, 填表说明) is skipped and reported, and a workbook with no list at all is an
 * error.
 */
public final class PowerListReader implements RowHandler {
    private static final Pattern TRAILING_ZEROS = Pattern.compile("^(\\d+)\\.0*$");

    private final PowerListHandler out;
    private HeaderMap header;
    private boolean headerChecked;
    private RowAligner aligner;
    private TitleLine title;
    private int section;
    private int lastNumber;
    private boolean sectionOpenedByTitle;
    private final List<Integer> itemsPerSection = new ArrayList<>();
    private SourcePosition firstDataLike;
    private final Set<List<String>> reportedHeaders = new HashSet<>();

    private String table;                 // the sheet or web table being read; null for a text file
    private boolean tableHasHeader;
    private final List<String> skippedTables = new ArrayList<>();
    private boolean anyHeader;
    private TableRow pendingUpper;        // a header-like row that may be the upper half of a two-row header
    private TableRow lastHeaderRow;       // the header row just read: the next row may be its lower half
    private PowerItemRecord pending;      // the item being read: the rows after it may be its sub-items
    private String pendingNumberText;
    private String firstFile = "";
    private TableRow headerRow;           // the (upper) row the header was read from, for the positions of its cells

    public PowerListReader(PowerListHandler out) { this.out = out; }

    @Override
    public void table(String name) {
        finishTable();
        table = name;
        header = null;
        aligner = null;
        tableHasHeader = false;
    }

    private void finishTable() {
        if (pendingUpper != null) {
            TableRow r = pendingUpper;
            pendingUpper = null;
            process(r);
        }
        flush();
        lastHeaderRow = null;
        if (table != null && !tableHasHeader) {
            skippedTables.add(table);
            out.finding(Finding.ofList(FindingKind.SKIPPED_SHEET, "sheet 「" + table + "」 has no header row naming the columns "
                    + "of a list; skipped (a notes sheet?)", new SourcePosition(firstFile, -1, -1, table), table));
        }
    }

    @Override
    public void row(TableRow row) {
        firstFile = row.file();
        if (row.nonBlankCells() == 0) return;
        if (pendingUpper != null) {
            TableRow upper = pendingUpper;
            pendingUpper = null;
            HeaderMap two = HeaderMap.of(upper, row);
            if (two.isHeader() && two.mapped() >= HeaderMap.of(row).mapped()) {
                header(two, upper);
                return;
            }
            process(upper);
        }
        process(row);
    }

    private void process(TableRow row) {
        HeaderMap candidate = HeaderMap.of(row);
        if (lastHeaderRow != null) {
            TableRow upper = lastHeaderRow;
            lastHeaderRow = null;
            if (isLowerHalf(upper, row)) {
                header(HeaderMap.of(upper, row), upper);
                return;
            }
        }
        if (candidate.isHeader()) {
            header(candidate, row);
            lastHeaderRow = row;
            return;
        }
        if (candidate.mapped() >= 2 && row.distinctValues() >= 2 && !numbered(row)) {
            pendingUpper = row;
            return;
        }
        if (row.distinctValues() == 1 && oneValue(row)) return;
        if (header == null) {
            preamble(row);
            return;
        }
        item(row);
    }

    // The row under a header is its lower half when it holds short header-like texts, differs from the row above,
    // is no numbered item, and the two rows together name at least as many roles as the upper alone.
    private boolean isLowerHalf(TableRow upper, TableRow row) {
        if (numbered(row)) return false;
        boolean names = false;   // a cell of its own names a role (抽查事项名称 under 抽查项目): data cells do not
        for (int i = 0; i < row.cells().size(); i++) {
            String t = RowAligner.clean(row.cells().get(i));
            if (t.length() > 15) return false;
            String u = i < upper.cells().size() ? RowAligner.clean(upper.cells().get(i)) : "";
            if (!t.isEmpty() && !t.equals(u) && ColumnRole.of(t) != null) names = true;
        }
        HeaderMap two = HeaderMap.of(upper, row);
        return names && two.isHeader() && two.mapped() >= HeaderMap.of(upper).mapped();
    }

    // Whether the row's 序号 cell (under the header read so far) holds an item number.
    private boolean numbered(TableRow row) {
        if (header == null) return false;
        Integer i = header.positions().get(ColumnRole.NUMBER);
        return i != null && i < row.cells().size() && itemNumber(row.cells().get(i)).isPresent();
    }

    // A row with one value: a title, a section label, or a note the reader keeps as a finding.
    private boolean oneValue(TableRow row) {
        Cell cell = row.firstNonBlank();
        String text = RowAligner.clean(cell);
        if (header == null && title == null) {
            title(TitleLine.parse(text, row.position()));
            return true;
        }
        if (TitleLine.looksLikeTitle(text)) {
            title(TitleLine.parse(text, row.position()));
            return true;
        }
        if (header != null && SectionRow.isSection(text)) {
            flush();
            openSection(row.position(), true, text);
            return true;
        }
        if (header != null && numbered(row)) return false;
        unread(row, cell, header == null ? "a line above the header that is neither title nor header"
                : "a line with one value that is no item, title or section (a note?)");
        return true;
    }

    private void preamble(TableRow row) {
        if (firstDataLike == null) firstDataLike = row.position();
        // In a text file, a full row before any header is data without one: that is an error. A sheet may hold notes.
        if (table == null && row.distinctValues() > 2) throw noHeader(row.position());
        unread(row, row.firstNonBlank(), "a line above the header that is neither title nor header");
    }

    private void unread(TableRow row, Cell cell, String what) {
        StringBuilder raw = new StringBuilder();
        for (Cell c : row.cells()) if (!c.isBlank()) raw.append(raw.length() > 0 ? "\t" : "").append(c.text());
        out.finding(Finding.ofList(FindingKind.UNREAD_ROW, what + "; not read as an item, its text kept here", row.position(cell), raw.toString()));
    }

    private void header(HeaderMap candidate, TableRow row) {
        flush();
        tableHasHeader = true;
        anyHeader = true;
        if (header != null && header.sameRolesAs(candidate)) return;   // repeated at a page break or per record
        header = candidate;
        headerRow = row;
        headerChecked = false;
        aligner = new RowAligner(candidate);
    }

    // The first item row under a header settles what the header could not: roles read from the cells' content.
    private void checkHeader(TableRow row) {
        if (headerChecked) return;
        headerChecked = true;
        HeaderMap refined = header.byContent(row, (i, role) -> out.finding(Finding.ofList(FindingKind.ROLE_BY_CONTENT,
                "column 「" + header.label(i) + "」 read as " + role.label() + " by what its cells hold",
                row.position().atColumn(i < row.cells().size() ? row.cells().get(i).column() : i + 1), header.label(i))));
        if (refined != header) {
            header = refined;
            aligner = new RowAligner(refined);
        }
        out.header(header, headerRow.position());
        // Reported once the header is settled (its lower half read, its roles checked against the cells), once per header.
        if (reportedHeaders.add(header.labels())) {
            for (Cell cell : header.unmapped(headerRow)) {
                // A column named like one already read (实施依据 twice) is a duplicate, not an unknown name: say which.
                ColumnRole same = ColumnRole.of(cell.text());
                Integer first = same == null ? null : header.positions().get(same);
                String why = first == null
                        ? "」 names no known column; its cells are kept on each item as labelled values (known: " + knownNames() + ")"
                        : "」 names the same column as 「" + header.labels().get(first) + "」 (column " + (first + 1) + "), which is read as "
                                + same.label() + "; this one's cells are kept on each item as labelled values, not read as " + same.label();
                out.finding(Finding.ofList(FindingKind.UNMAPPED_COLUMN, "header 「" + cell.text() + why, headerRow.position(cell), cell.text()));
            }
        }
        if (!header.has(ColumnRole.BASIS)) {
            out.finding(Finding.ofList(FindingKind.UNMAPPED_COLUMN, "the header has no legal-basis column (实施依据/设定依据/…); no citations can be read",
                    row.position(), ""));
        }
    }

    private void title(TitleLine t) {
        flush();
        if (title == null) {
            title = t;
            out.title(t);
        }
        openSection(t.position(), true, null);
    }

    private void openSection(SourcePosition at, boolean byTitle, String labelled) {
        section++;
        lastNumber = 0;
        sectionOpenedByTitle = byTitle;
        itemsPerSection.add(0);
        String label = labelled;
        Integer declared = null;
        if (labelled == null && title != null && section <= title.sections().size()) {
            label = title.sections().get(section - 1).label();
            declared = title.sections().get(section - 1).count();
        }
        out.section(section, label, declared, at);
    }

    private void item(TableRow row) {
        checkHeader(row);
        Integer numberIndex = header.positions().get(ColumnRole.NUMBER);
        int minimum = Math.max(header.size() - 2, Math.min(header.size(), 3));
        if (row.cells().size() < minimum && !row.cells().isEmpty() && table == null) {
            flush();   // the items before the bad row are handed on before it fails, as a stream should
            throw new PowerListFormatException(row.endPosition(),
                    "row ends after " + row.cells().size() + " of " + header.size()
                    + " columns; expected " + missingNames(row.cells().size()) + " (truncated row?)");
        }
        String numberText = numberIndex != null && numberIndex < row.cells().size() ? RowAligner.clean(row.cells().get(numberIndex)) : "";
        if (pending != null && continues(row, numberText)) {
            pending = pending.withSubItem(aligner.align(row, pending.section(), pending.number(), out::finding));
            return;
        }
        flush();
        int number;
        if (numberIndex != null) {
            Cell cell = numberIndex < row.cells().size() ? row.cells().get(numberIndex) : new Cell("", row.endColumn());
            OptionalLong n = itemNumber(cell);
            if (n.isEmpty()) {
                throw new PowerListFormatException(row.position(cell),
                        "expected an item number in column 序号, found 「" + abbreviate(cell.text()) + "」");
            }
            number = (int) n.getAsLong();
        } else {
            number = lastNumber + 1;
        }
        // 序号 restarts per section; without a title line in between, a restart still opens a new section.
        if (section == 0 || (number <= lastNumber && !(sectionOpenedByTitle && lastNumber == 0))) openSection(row.position(), false, null);
        lastNumber = number;
        itemsPerSection.set(section - 1, itemsPerSection.get(section - 1) + 1);
        PowerItemRecord record = aligner.align(row, section, number, out::finding);
        if (!header.has(ColumnRole.POWER_TYPE)) record = record.withInferredPowerType(PowerTypeName.fromItemName(record.name()));
        pending = record;
        pendingNumberText = numberText;
    }

    // A row continues the item above when its name was merged down over it: the same 序号 (or none) and the same
    // name (or none), where the row has something of its own (a sub-item, a basis).
    private boolean continues(TableRow row, String numberText) {
        Integer nameIndex = header.positions().get(ColumnRole.NAME);
        String name = nameIndex != null && nameIndex < row.cells().size() ? RowAligner.clean(row.cells().get(nameIndex)) : "";
        boolean hasNumber = header.positions().get(ColumnRole.NUMBER) != null;
        boolean sameNumber = !hasNumber || numberText.isEmpty() || numberText.equals(pendingNumberText);
        boolean sameName = name.isEmpty() || name.equals(pending.name());
        // Without a 序号 column only the name can say so, and it must say it.
        return sameNumber && sameName && (hasNumber || !name.isEmpty());
    }

    private void flush() {
        if (pending == null) return;
        PowerItemRecord p = pending;
        pending = null;
        out.item(p);
    }

    private static OptionalLong itemNumber(Cell cell) {
        String t = RowAligner.clean(cell);
        java.util.regex.Matcher m = TRAILING_ZEROS.matcher(t);
        if (m.matches()) t = m.group(1);   // a 序号 typed as 1.0
        if (t.endsWith(".") || t.endsWith("、") || t.endsWith("．")) t = t.substring(0, t.length() - 1);
        return ChineseNumber.parse(t);
    }

    @Override
    public void end(String file, int lastLine) {
        finishTable();
        if (!anyHeader) {
            if (table != null) {
                throw new PowerListFormatException(new SourcePosition(file, 1, 1), "no sheet holds a list: "
                        + String.join(", ", skippedTables) + " — expected a header row naming the columns, such as "
                        + "序号, 事项名称 (or 权力名称/职权名称), 权力类型, 实施依据 (or 设定依据) …");
            }
            throw noHeader(firstDataLike != null ? firstDataLike : new SourcePosition(file, 1, 1));
        }
        checkDeclaredCounts(file);
        out.end();
    }

    private void checkDeclaredCounts(String file) {
        if (title == null) return;
        int total = itemsPerSection.stream().mapToInt(Integer::intValue).sum();
        SourcePosition at = title.position();
        if (title.declaredTotal() != null && title.declaredTotal() != total) {
            out.finding(Finding.ofList(FindingKind.DECLARED_COUNT_MISMATCH, "the title declares " + title.declaredTotal()
                    + " items; " + total + " item rows were read", at, title.text()));
        }
        for (int i = 0; i < title.sections().size(); i++) {
            TitleLine.DeclaredSection d = title.sections().get(i);
            int read = i < itemsPerSection.size() ? itemsPerSection.get(i) : 0;
            if (d.count() != read) {
                out.finding(Finding.ofList(FindingKind.DECLARED_COUNT_MISMATCH, "the title declares " + d.count() + " items of "
                        + d.label() + "; section " + (i + 1) + " has " + read, at, title.text()));
            }
        }
        if (itemsPerSection.size() != title.sections().size() && !title.sections().isEmpty()) {
            out.finding(Finding.ofList(FindingKind.DECLARED_COUNT_MISMATCH, "the title declares " + title.sections().size()
                    + " sections; " + itemsPerSection.size() + " were read", at, title.text()));
        }
    }

    private String missingNames(int present) {
        List<String> names = new ArrayList<>();
        for (int i = present; i < header.size(); i++) if (header.roles().get(i) != null) names.add(header.roles().get(i).label());
        return String.join("、", names);
    }

    private static PowerListFormatException noHeader(SourcePosition at) {
        return new PowerListFormatException(at, "no recognisable header: expected a row naming the columns, such as "
                + "序号, 事项名称 (or 权力名称/职权名称), 权力类型, 实施依据 (or 设定依据), 行使主体 … before the first item");
    }

    private static String knownNames() {
        List<String> names = new ArrayList<>();
        for (ColumnRole r : ColumnRole.values()) names.add(r.label());
        return String.join("、", names);
    }

    private static String abbreviate(String s) { return s.length() > 30 ? s.substring(0, 30) + "…" : s; }
}
