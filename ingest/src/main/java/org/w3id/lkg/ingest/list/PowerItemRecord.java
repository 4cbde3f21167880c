package org.w3id.lkg.ingest.list;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3id.lkg.ingest.table.SourcePosition;

/**
 * One power item (事项) as read: its section, number and the fields of its row, aligned to their roles; the cells of
 * columns no role fits, under their headers; the rows of its sub-items when its name was merged down over several
 * rows (each with its own 子项名称, basis …); and the power type its name states when the list has no type column.
 */
public record PowerItemRecord(int section, int number, Map<ColumnRole, Field> fields, SourcePosition position,
                              List<LabelledValue> others, List<PowerItemRecord> subItems, String inferredPowerType) {
    public PowerItemRecord {
        fields = fields.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fields));
        others = List.copyOf(others);
        subItems = List.copyOf(subItems);
    }

    /** An item of one row, every column mapped. */
    public PowerItemRecord(int section, int number, Map<ColumnRole, Field> fields, SourcePosition position) {
        this(section, number, fields, position, List.of(), List.of(), null);
    }

    public Optional<Field> field(ColumnRole role) { return Optional.ofNullable(fields.get(role)); }

    /** The cleaned text of a role, empty when absent. */
    public String text(ColumnRole role) { return field(role).map(Field::text).orElse(""); }

    public String name() { return text(ColumnRole.NAME); }

    /** This item with one more sub-item row. */
    PowerItemRecord withSubItem(PowerItemRecord row) {
        List<PowerItemRecord> subs = new ArrayList<>(subItems);
        subs.add(row);
        return new PowerItemRecord(section, number, fields, position, others, subs, inferredPowerType);
    }

    PowerItemRecord withInferredPowerType(String type) {
        return new PowerItemRecord(section, number, fields, position, others, subItems, type);
    }
}
