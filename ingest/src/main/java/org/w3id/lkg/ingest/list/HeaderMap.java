package org.w3id.lkg.ingest.list;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.w3id.lkg.ingest.table.Cell;
import org.w3id.lkg.ingest.table.TableRow;

/** The roles of a header row by position; the header names it could not map are reported, never guessed. */
public record HeaderMap(List<ColumnRole> roles) {

    /** Reads a header row; roles holds null at columns it could not map (and for trailing empty cells). */
    public static HeaderMap of(TableRow row) {
        List<ColumnRole> roles = new ArrayList<>();
        for (Cell cell : row.cells()) roles.add(ColumnRole.of(cell.text()));
        while (!roles.isEmpty() && roles.get(roles.size() - 1) == null
                && row.cells().get(roles.size() - 1).isBlank()) {
            roles.remove(roles.size() - 1);
        }
        return new HeaderMap(Collections.unmodifiableList(roles));
    }

    /**
     * The cells of {@code row}, the row this header was read from, that name no known column. Asked only of a row
     * that is a header: every row is tried as one, and most are data.
     */
    public List<Cell> unmapped(TableRow row) {
        List<Cell> unmapped = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = row.cells().get(i);
            if ((i >= roles.size() || roles.get(i) == null) && !cell.isBlank()) unmapped.add(cell);
        }
        return unmapped;
    }

    /** A header names the item and at least two other roles; fewer is data or prose. */
    public boolean isHeader() {
        long mapped = roles.stream().filter(r -> r != null).count();
        return roles.contains(ColumnRole.NAME) && mapped >= 3;
    }

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
