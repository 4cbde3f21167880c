package org.w3id.lkg.ingest.list;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.w3id.lkg.ingest.table.SourcePosition;

/** One power item (事项) as read: its section, number and the fields of its row, aligned to their roles. */
public record PowerItemRecord(int section, int number, Map<ColumnRole, Field> fields, SourcePosition position) {
    public PowerItemRecord {
        fields = Map.copyOf(new EnumMap<>(fields));
    }

    public Optional<Field> field(ColumnRole role) { return Optional.ofNullable(fields.get(role)); }

    /** The cleaned text of a role, empty when absent. */
    public String text(ColumnRole role) { return field(role).map(Field::text).orElse(""); }

    public String name() { return text(ColumnRole.NAME); }
}
