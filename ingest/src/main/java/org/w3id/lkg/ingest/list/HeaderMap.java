package org.w3id.lkg.ingest.list;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.w3id.lkg.ingest.table.Cell;
import org.w3id.lkg.ingest.table.TableRow;

/** The roles of a header row by position, and the header names it could not map (reported, never guessed). */
public record HeaderMap(List<ColumnRole> roles, List<String> unmapped, List<Integer> unmappedColumns) {

    /** Reads a header row; roles holds null at columns it could not map (and for trailing empty cells). */
    public static HeaderMap of(TableRow row) {
        List<ColumnRole> roles = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        List<Integer> unmappedCols = new ArrayList<>();
        for (Cell cell : row.cells()) {
            ColumnRole role = ColumnRole.of(cell.text());
            roles.add(role);
            if (role == null && !cell.isBlank()) {
                unmapped.add(CellText.of(cell.text(), 1).text());
                unmappedCols.add(cell.column());
            }
        }
        while (!roles.isEmpty() && roles.get(roles.size() - 1) == null
                && row.cells().get(roles.size() - 1).isBlank()) {
            roles.remove(roles.size() - 1);
        }
        return new HeaderMap(Collections.unmodifiableList(roles), List.copyOf(unmapped), List.copyOf(unmappedCols));
    }

    /** A header names the item and at least two other roles; fewer is data or prose. */
    public boolean isHeader() {
        long mapped = roles.stream().filter(r -> r != null).count();
        return roles.contains(ColumnRole.NAME) && mapped >= 3;
    }

    public int indexOf(ColumnRole role) { return roles.indexOf(role); }

    public boolean has(ColumnRole role) { return roles.contains(role); }

    public int size() { return roles.size(); }

    /** Role → column index, for the roles present. */
    public Map<ColumnRole, Integer> positions() {
        Map<ColumnRole, Integer> m = new EnumMap<>(ColumnRole.class);
        for (int i = 0; i < roles.size(); i++) if (roles.get(i) != null) m.putIfAbsent(roles.get(i), i);
        return m;
    }

    /** Two headers are the same when they map the same roles in the same order (repeats at page breaks). */
    public boolean sameRolesAs(HeaderMap other) { return roles.equals(other.roles); }
}
