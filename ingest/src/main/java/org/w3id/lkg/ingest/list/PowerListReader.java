package org.w3id.lkg.ingest.list;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.w3id.lkg.ingest.table.Cell;
import org.w3id.lkg.ingest.table.PowerListFormatException;
import org.w3id.lkg.ingest.table.RowHandler;
import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ingest.table.TableRow;
import org.w3id.lkg.ontology.ChineseNumber;
import org.w3id.lkg.ontology.FindingKind;

/**
 * Recognises a power list in a stream of table rows: title lines, header lines (repeated at page breaks),
 * sections (a new title line, or 序号 starting again at 1) and item rows, which it aligns and hands on.
 */
public final class PowerListReader implements RowHandler {
    private final PowerListHandler out;
    private HeaderMap header;
    private RowAligner aligner;
    private TitleLine title;
    private int section;
    private int lastNumber;
    private boolean sectionOpenedByTitle;
    private final List<Integer> itemsPerSection = new ArrayList<>();
    private SourcePosition firstDataLike;

    public PowerListReader(PowerListHandler out) { this.out = out; }

    @Override
    public void row(TableRow row) {
        if (row.nonBlankCells() == 0) return;
        HeaderMap candidate = HeaderMap.of(row);
        if (candidate.isHeader()) {
            header(candidate, row);
            return;
        }
        String first = RowAligner.clean(row.cells().get(0));
        if (row.nonBlankCells() == 1 && !first.isEmpty() && TitleLine.looksLikeTitle(first)) {
            title(TitleLine.parse(first, row.position()));
            return;
        }
        if (header == null) {
            if (firstDataLike == null) firstDataLike = row.position();
            if (row.cells().size() > 2) throw noHeader(row.position());
            return;
        }
        item(row);
    }

    private void header(HeaderMap candidate, TableRow row) {
        if (header != null && header.sameRolesAs(candidate)) return;   // repeated at a page break
        for (Cell cell : candidate.unmapped(row)) {
            String name = CellText.of(cell.text(), 1).text();
            out.finding(Finding.ofList(FindingKind.UNMAPPED_COLUMN, "header 「" + name
                    + "」 names no known column; its cells are not read (known: " + knownNames() + ")",
                    row.position().atColumn(cell.column()), name));
        }
        if (!candidate.has(ColumnRole.BASIS)) {
            out.finding(Finding.ofList(FindingKind.UNMAPPED_COLUMN, "the header has no legal-basis column (实施依据/设定依据/…); no citations can be read",
                    row.position(), ""));
        }
        header = candidate;
        aligner = new RowAligner(candidate);
    }

    private void title(TitleLine t) {
        if (title == null) {
            title = t;
            out.title(t);
        }
        openSection(t.position(), true);
    }

    private void openSection(SourcePosition at, boolean byTitle) {
        section++;
        lastNumber = 0;
        sectionOpenedByTitle = byTitle;
        itemsPerSection.add(0);
        String label = null;
        Integer declared = null;
        if (title != null && section <= title.sections().size()) {
            label = title.sections().get(section - 1).label();
            declared = title.sections().get(section - 1).count();
        }
        out.section(section, label, declared, at);
    }

    private void item(TableRow row) {
        Integer numberIndex = header.positions().get(ColumnRole.NUMBER);
        int minimum = Math.max(header.size() - 2, Math.min(header.size(), 3));
        if (row.cells().size() < minimum) {
            throw new PowerListFormatException(row.position().atColumn(row.endColumn()),
                    "row ends after " + row.cells().size() + " of " + header.size()
                    + " columns; expected " + missingNames(row.cells().size()) + " (truncated row?)");
        }
        int number;
        if (numberIndex != null) {
            Cell cell = row.cells().get(numberIndex);
            OptionalLong n = ChineseNumber.parse(RowAligner.clean(cell));
            if (n.isEmpty()) {
                throw new PowerListFormatException(row.position(cell),
                        "expected an item number in column 序号, found 「" + abbreviate(cell.text()) + "」");
            }
            number = (int) n.getAsLong();
        } else {
            number = lastNumber + 1;
        }
        // 序号 restarts per section; without a title line in between, a restart still opens a new section.
        if (section == 0 || (number <= lastNumber && !(sectionOpenedByTitle && lastNumber == 0))) openSection(row.position(), false);
        lastNumber = number;
        itemsPerSection.set(section - 1, itemsPerSection.get(section - 1) + 1);
        out.item(aligner.align(row, section, number, out::finding));
    }

    @Override
    public void end(String file, int lastLine) {
        if (header == null) throw noHeader(firstDataLike != null ? firstDataLike : new SourcePosition(file, 1, 1));
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
