package org.w3id.lkg.ingest.list;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3id.lkg.ingest.table.Cell;
import org.w3id.lkg.ingest.table.TableRow;

/**
 * The roles of a header by position, and each column's header text (for the columns no role fits, whose cells are
 * kept as labelled values). A header is one row, or two when cells merged over the top row group the ones below
 * (抽查项目 over 抽查事项名称 and 抽查内容): each column is then named by its lower cell, the upper one prefixed.
 */
public record HeaderMap(List<ColumnRole> roles, List<String> labels, int rows) {
    private static final Pattern CITATION_LIKE = Pattern.compile("《[^》]+》.*第[0-9一二三四五六七八九十百零〇]+[条项]");

    public HeaderMap {
        roles = Collections.unmodifiableList(new ArrayList<>(roles));
        labels = List.copyOf(labels);
    }

    /** Reads a one-row header; roles holds null at columns it could not map (and for trailing empty cells). */
    public static HeaderMap of(TableRow row) {
        List<ColumnRole> roles = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Cell cell : row.cells()) {
            roles.add(ColumnRole.of(cell.text()));
            labels.add(CellText.of(cell.text(), 1).text());
        }
        return trimmed(roles, labels, 1);
    }

    /**
     * Reads a two-row header: a column whose two cells say the same (merged down) or whose lower cell is empty is
     * named by the upper; otherwise by the lower, its role found from the lower text, then both, then the upper.
     */
    public static HeaderMap of(TableRow upper, TableRow lower) {
        List<ColumnRole> roles = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int width = Math.max(upper.cells().size(), lower.cells().size());
        String group = "";
        for (int i = 0; i < width; i++) {
            String u = i < upper.cells().size() ? CellText.of(upper.cells().get(i).text(), 1).text() : "";
            String l = i < lower.cells().size() ? CellText.of(lower.cells().get(i).text(), 1).text() : "";
            // An export writes a cell merged across the top once and leaves the rest of its span empty: the empty
            // upper cells over lower ones still belong to the group on their left.
            if (!u.isEmpty()) group = u;
            else if (!l.isEmpty()) u = group;
            if (l.isEmpty() || l.equals(u)) {
                roles.add(ColumnRole.of(u));
                labels.add(u);
            } else {
                ColumnRole r = ColumnRole.of(l);
                if (r == null && !u.isEmpty()) r = ColumnRole.of(u + l);
                if (r == null && !u.isEmpty() && ColumnRole.named(u)) r = ColumnRole.of(u);
                roles.add(r);
                labels.add(u.isEmpty() ? l : u + "/" + l);
            }
        }
        return trimmed(roles, labels, 2);
    }

    // A role named twice keeps its first column; the later ones are kept as labelled values, never dropped.
    private static HeaderMap trimmed(List<ColumnRole> roles, List<String> labels, int rows) {
        List<ColumnRole> seen = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == null) continue;
            if (seen.contains(roles.get(i))) roles.set(i, null);
            else seen.add(roles.get(i));
        }
        while (!roles.isEmpty() && roles.get(roles.size() - 1) == null && labels.get(roles.size() - 1).isEmpty()) {
            labels.remove(roles.size() - 1);
            roles.remove(roles.size() - 1);
        }
        return new HeaderMap(roles, labels.subList(0, roles.size()), rows);
    }

    /**
     * The columns of this header that name no known column, as cells (the header text, and the column of
     * {@code row}, the row the header was read from, or -1 past its end).
     */
    public List<Cell> unmapped(TableRow row) {
        List<Cell> unmapped = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) != null || label(i).isEmpty()) continue;
            unmapped.add(new Cell(label(i), i < row.cells().size() ? row.cells().get(i).column() : -1));
        }
        return unmapped;
    }

    /** A header names the item and at least two other roles; fewer is data or prose. */
    public boolean isHeader() {
        return roles.contains(ColumnRole.NAME) && mapped() >= 3;
    }

    /** How many columns a role fits: a row's score as a header. */
    public long mapped() { return roles.stream().filter(r -> r != null).count(); }

    public boolean has(ColumnRole role) { return roles.contains(role); }

    public int size() { return roles.size(); }

    /** The header text of column {@code i} (0-based), "" past the header. */
    public String label(int i) { return i < labels.size() ? labels.get(i) : ""; }

    /** Role → column index, for the roles present. */
    public Map<ColumnRole, Integer> positions() {
        Map<ColumnRole, Integer> m = new EnumMap<>(ColumnRole.class);
        for (int i = 0; i < roles.size(); i++) if (roles.get(i) != null) m.putIfAbsent(roles.get(i), i);
        return m;
    }

    /** Two headers are the same when they map the same roles in the same order (repeats at page breaks). */
    public boolean sameRolesAs(HeaderMap other) { return roles.equals(other.roles); }

    /** This header with column {@code i} given {@code role} (and the column that had it, none). */
    HeaderMap withRole(int i, ColumnRole role) {
        List<ColumnRole> r = new ArrayList<>(roles);
        int had = r.indexOf(role);
        if (had >= 0) r.set(had, null);
        r.set(i, role);
        return new HeaderMap(r, labels, rows);
    }

    /**
     * Roles read from what the first item row's cells hold, where the header alone cannot say: a name column whose
     * cell is a power type (一级事项 行政许可 beside 二级事项) is the type, and the next name-like column the name; a
     * column of citations is the basis when no header names one; a column of power types the type. Each choice is
     * passed to {@code report} as (column, role).
     */
    HeaderMap byContent(TableRow first, java.util.function.BiConsumer<Integer, ColumnRole> report) {
        HeaderMap h = this;
        Integer name = h.positions().get(ColumnRole.NAME);
        if (name != null && !h.has(ColumnRole.POWER_TYPE) && CellKind.isPowerType(text(first, name))) {
            for (int i = name + 1; i < h.size(); i++) {
                if (h.roles.get(i) == null && ColumnRole.of(h.label(i)) == ColumnRole.NAME) {
                    h = h.withRole(name, ColumnRole.POWER_TYPE).withRole(i, ColumnRole.NAME);
                    report.accept(name, ColumnRole.POWER_TYPE);
                    report.accept(i, ColumnRole.NAME);
                    break;
                }
            }
        }
        for (int i = 0; i < h.size(); i++) {
            if (h.roles.get(i) != null) continue;
            String t = text(first, i);
            if (!h.has(ColumnRole.BASIS) && CITATION_LIKE.matcher(t).find()) {
                h = h.withRole(i, ColumnRole.BASIS);
                report.accept(i, ColumnRole.BASIS);
            } else if (!h.has(ColumnRole.POWER_TYPE) && CellKind.isPowerType(t) && PowerTypeName.canonical(t) != null) {
                h = h.withRole(i, ColumnRole.POWER_TYPE);
                report.accept(i, ColumnRole.POWER_TYPE);
            }
        }
        return h;
    }

    private static String text(TableRow row, int i) {
        return i < row.cells().size() ? CellText.of(row.cells().get(i).text(), 1).text() : "";
    }
}
