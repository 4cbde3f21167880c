package org.w3id.lkg.ingest.list;

import static org.w3id.lkg.ingest.list.ColumnRole.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.w3id.lkg.ingest.table.Cell;
import org.w3id.lkg.ingest.table.TableRow;
import org.w3id.lkg.ontology.FindingKind;

/**
 * Puts the cells of a data row under their roles when they have slid out of the header's columns: a missing
 * 子项名称 (the power type sits in its place), a power type written twice, a value split over two cells.
 * The shift is read from the content (power-type words, the accountable-persons cell), never from line numbers;
 * every repair is reported as a finding.
 */
final class RowAligner {
    private final HeaderMap header;
    private final Map<ColumnRole, Integer> pos;

    RowAligner(HeaderMap header) {
        this.header = header;
        this.pos = header.positions();
    }

    PowerItemRecord align(TableRow row, int section, int number, Consumer<Finding> findings) {
        List<Cell> cells = row.cells();
        Map<ColumnRole, Field> fields = new EnumMap<>(ColumnRole.class);
        Reporter report = new Reporter(row, section, number, findings);
        int shift = alignTypeColumns(cells, fields, report);
        int anchor = findAccountableCell(cells, shift);
        int lastHeader = header.size() - 1;
        int frontEnd = anchor < 0 ? lastHeader : frontBlockEnd();
        // Roles before the type column keep their cells; after it, cells sit `shift` columns left.
        int shiftFrom = pos.getOrDefault(POWER_TYPE, 0);
        for (int h = 0; h <= frontEnd; h++) put(fields, header.roles().get(h), cells, h < shiftFrom ? h : h - shift, row);
        if (anchor >= 0) {
            int anchorHeader = pos.get(ACCOUNTABLE);
            alignMiddle(cells, fields, frontEnd + 1 - shift, anchor, frontEnd + 1, anchorHeader, row, report);
            for (int h = anchorHeader; h <= lastHeader; h++) put(fields, header.roles().get(h), cells, anchor + h - anchorHeader, row);
            lastHeader = anchor + lastHeader - anchorHeader;
        } else {
            lastHeader -= shift;
        }
        for (int c = lastHeader + 1; c < cells.size(); c++) {
            if (!cells.get(c).isBlank()) report.at(FindingKind.EXTRA_CELL, cells.get(c),
                    "cell beyond the last column (" + header.size() + " columns in the header)");
        }
        new AccountabilityRepair(report).repair(fields);
        return new PowerItemRecord(section, number, fields, row.position(), others(cells, row, shift), List.of(), null);
    }

    // The cells under headers no role fits, kept by their header text. A row whose cells slid (shift) keeps them
    // only where the header has them, since which cell belongs to which unnamed column is then unknown.
    private List<LabelledValue> others(List<Cell> cells, TableRow row, int shift) {
        List<LabelledValue> others = new ArrayList<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            if (header.roles().get(i) != null || shift != 0 || cells.get(i).isBlank()) continue;
            Cell cell = cells.get(i);
            String label = header.label(i).isEmpty() ? "第" + (i + 1) + "列" : header.label(i);
            others.add(new LabelledValue(label, CellText.of(cell.text(), cell.column()), cell.text(), row.position(cell)));
        }
        return others;
    }

    // Returns how many cells the row lacks before the basis column (1 when 子项名称 is missing).
    private int alignTypeColumns(List<Cell> cells, Map<ColumnRole, Field> fields, Reporter report) {
        Integer sub = pos.get(SUB_ITEM), type = pos.get(POWER_TYPE);
        if (sub == null || type == null || type != sub + 1 || cells.size() <= type) return 0;
        String a = clean(cells.get(sub)), b = clean(cells.get(type));
        if (CellKind.isPowerType(a) && CellKind.isPowerType(b)) {
            report.at(FindingKind.REPEATED_POWER_TYPE, cells.get(sub),
                    "power type written in both 子项名称 and 权力类型 (" + a + " / " + b + "); 子项名称 taken as empty");
            fields.put(SUB_ITEM, empty(SUB_ITEM, cells.get(sub), report.row()));
            return 0;
        }
        if (CellKind.isPowerType(a) && !CellKind.isPowerType(b)) {
            report.at(FindingKind.SHIFTED_COLUMN, cells.get(sub),
                    "row lacks the 子项名称 cell: the power type " + a + " stands in its column and every later cell is one column left");
            fields.put(SUB_ITEM, empty(SUB_ITEM, cells.get(sub), report.row()));
            put(fields, POWER_TYPE, cells, sub, report.row());
            return 1;
        }
        return 0;
    }

    private int findAccountableCell(List<Cell> cells, int shift) {
        Integer acc = pos.get(ACCOUNTABLE);
        Integer level = pos.get(LEVEL);
        if (acc == null) return -1;
        int from = (level != null ? level + 1 : acc - 3) - Math.max(shift, 0);
        for (int c = Math.max(from, 0); c < cells.size(); c++) {
            String t = clean(cells.get(c));
            if (CellKind.isPersons(t) || CellKind.startsWithSituationLead(t)) return c;
        }
        return -1;
    }

    // The front block runs to the implementation level (or the unit/body): cells there sit one per column.
    private int frontBlockEnd() {
        for (ColumnRole r : List.of(LEVEL, UNIT, BODY, BASIS)) if (pos.containsKey(r) && pos.get(r) < pos.get(ACCOUNTABLE)) return pos.get(r);
        return pos.get(ACCOUNTABLE) - 1;
    }

    // Between the front block and the accountable-persons cell: duty, responsibility, responsibility basis.
    private void alignMiddle(List<Cell> cells, Map<ColumnRole, Field> fields, int firstCell, int anchorCell,
                             int firstHeader, int anchorHeader, TableRow row, Reporter report) {
        List<ColumnRole> roles = new ArrayList<>(header.roles().subList(firstHeader, anchorHeader));
        int last = anchorCell - 1;
        if (!roles.isEmpty() && roles.get(roles.size() - 1) == RESPONSIBILITY_BASIS && last >= firstCell) {
            put(fields, RESPONSIBILITY_BASIS, cells, last--, row);
            roles.remove(roles.size() - 1);
        }
        int available = last - firstCell + 1;
        if (available <= roles.size()) {
            for (int i = 0; i < roles.size(); i++) put(fields, roles.get(i), cells, firstCell + i, row);
            return;
        }
        report.at(FindingKind.EXTRA_CELL, cells.get(firstCell), available + " cells where the header has " + roles.size()
                + " (" + labels(roles) + "); the extra cell was merged by content");
        if (roles.equals(List.of(DUTY, RESPONSIBILITY)) && available == 3 && isDutyLike(clean(cells.get(firstCell + 1)))) {
            // 实施层级及权限 spilled over: the first extra cell states the authority, the next the duty.
            put(fields, SCOPE, cells, firstCell, row);
            put(fields, DUTY, cells, firstCell + 1, row);
            put(fields, RESPONSIBILITY, cells, firstCell + 2, row);
            return;
        }
        for (int i = 0; i < roles.size() - 1; i++) put(fields, roles.get(i), cells, firstCell + i, row);
        ColumnRole tail = roles.isEmpty() ? REMARK : roles.get(roles.size() - 1);
        Field merged = null;
        for (int c = firstCell + roles.size() - 1; c <= last; c++) merged = joined(merged, cells.get(c), row, tail);
        fields.put(tail, merged);
    }

    private static Field empty(ColumnRole role, Cell at, TableRow row) {
        return new Field(role, CellText.of("", at.column()), "", row.position(at));
    }

    private static boolean isDutyLike(String t) { return t.startsWith("负责") || t.startsWith("依法"); }

    private static Field joined(Field before, Cell cell, TableRow row, ColumnRole role) {
        CellText next = CellText.of(cell.text(), cell.column());
        if (before == null) return new Field(role, next, cell.text(), row.position(cell));
        return new Field(role, CellText.join(before.value(), next), before.raw() + "\t" + cell.text(), before.position());
    }

    private static void put(Map<ColumnRole, Field> fields, ColumnRole role, List<Cell> cells, int index, TableRow row) {
        if (role == null || index < 0 || index >= cells.size() || fields.containsKey(role)) return;
        Cell cell = cells.get(index);
        fields.put(role, new Field(role, CellText.of(cell.text(), cell.column()), cell.text(), row.position(cell)));
    }

    private static String labels(List<ColumnRole> roles) {
        return String.join("、", roles.stream().map(ColumnRole::label).toList());
    }

    static String clean(Cell cell) { return CellText.of(cell.text(), cell.column()).text(); }

    /** Reports findings about one row. */
    record Reporter(TableRow row, int section, int number, Consumer<Finding> sink) {
        void at(FindingKind kind, Cell cell, String message) {
            sink.accept(Finding.ofItem(kind, message, row.position(cell), cell.text(), section, number));
        }
    }
}
