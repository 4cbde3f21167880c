package org.w3id.lkg.store.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two editions of a list: items added, removed, renamed and changed.
 *
 * <p>Items are matched by code where both have one; then by name and basis together; then by name alone; then by
 * basis alone, which is how a renamed item is found (same provisions, another name) rather than shown as dropped and
 * added. Whatever is left is removed (only in {@code from}) or added (only in {@code to}).
 */
public record ListDiff(String from, String to, List<ItemChange> changes) {
    /** How an item changed. */
    public enum Kind { ADDED, REMOVED, RENAMED, CHANGED;
        public String label() { return name().toLowerCase(); }
    }

    /** One item's change: the item in each edition (null where it is absent) and what differs. */
    public record ItemChange(Kind kind, ListItem from, ListItem to, List<FieldChange> fields) {}

    /**
     * One difference of a matched item: the field ({@code name}, {@code power-type}, {@code body}, {@code unit},
     * {@code responsibility}, {@code citation}, {@code sanction}), how ({@code changed}, {@code added}, {@code removed},
     * {@code re-pointed}), the values before and after, and for citations the provisions they point to.
     */
    public record FieldChange(String field, String change, String before, String after, String beforeIri, String afterIri) {}

    public ListDiff {
        changes = List.copyOf(changes);
    }

    /** Compares the items of {@code from} with those of {@code to}; the labels name the two editions in reports. */
    public static ListDiff between(String fromLabel, List<ListItem> from, String toLabel, List<ListItem> to) {
        List<ListItem> left = new ArrayList<>(from), right = new ArrayList<>(to);
        Map<ListItem, ListItem> pairs = new LinkedHashMap<>();
        match(left, right, pairs, i -> i.code());
        match(left, right, pairs, i -> i.name() + "\u0000" + i.basis());
        match(left, right, pairs, ListItem::name);
        match(left, right, pairs, i -> i.basis().isEmpty() ? null : i.basis().toString());
        List<ItemChange> changes = new ArrayList<>();
        pairs.forEach((a, b) -> {
            List<FieldChange> fields = fields(a, b);
            if (fields.isEmpty()) return;
            changes.add(new ItemChange(a.name().equals(b.name()) ? Kind.CHANGED : Kind.RENAMED, a, b, fields));
        });
        left.forEach(a -> changes.add(new ItemChange(Kind.REMOVED, a, null, List.of())));
        right.forEach(b -> changes.add(new ItemChange(Kind.ADDED, null, b, List.of())));
        changes.sort(Comparator.comparing((ItemChange c) -> c.kind()).thenComparing(c -> c.to() != null ? position(to, c.to()) : position(from, c.from())));
        return new ListDiff(fromLabel, toLabel, changes);
    }

    /** How many items changed in this way. */
    public long count(Kind kind) { return changes.stream().filter(c -> c.kind() == kind).count(); }

    /** {@code 1 added, 1 removed, 1 renamed, 3 changed}. */
    public String counts() {
        return "%d added, %d removed, %d renamed, %d changed".formatted(count(Kind.ADDED), count(Kind.REMOVED),
                count(Kind.RENAMED), count(Kind.CHANGED));
    }

    private static int position(List<ListItem> items, ListItem i) { return items.indexOf(i); }

    // Pairs items whose key is present and unique on both sides; ambiguous keys are left for the next rule.
    private static void match(List<ListItem> left, List<ListItem> right, Map<ListItem, ListItem> pairs, Function<ListItem, String> key) {
        Map<String, List<ListItem>> l = group(left, key), r = group(right, key);
        for (var e : l.entrySet()) {
            List<ListItem> b = r.get(e.getKey());
            if (e.getValue().size() != 1 || b == null || b.size() != 1) continue;
            pairs.put(e.getValue().get(0), b.get(0));
            left.remove(e.getValue().get(0));
            right.remove(b.get(0));
        }
    }

    private static Map<String, List<ListItem>> group(List<ListItem> items, Function<ListItem, String> key) {
        Map<String, List<ListItem>> out = new LinkedHashMap<>();
        for (ListItem i : items) {
            String k = key.apply(i);
            if (k != null) out.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        return out;
    }

    private static List<FieldChange> fields(ListItem a, ListItem b) {
        List<FieldChange> out = new ArrayList<>();
        value(out, "name", a.name(), b.name());
        value(out, "power-type", a.powerType(), b.powerType());
        value(out, "body", a.body(), b.body());
        value(out, "unit", a.unit(), b.unit());
        value(out, "responsibility", a.responsibility(), b.responsibility());
        citations(out, a, b);
        sanctions(out, a, b);
        return out;
    }

    private static void value(List<FieldChange> out, String field, String before, String after) {
        if (!Objects.equals(before, after)) out.add(new FieldChange(field, "changed", before, after, null, null));
    }

    // A citation gone and one come to the same document is one citation re-pointed to another provision.
    private static void citations(List<FieldChange> out, ListItem a, ListItem b) {
        List<ListItem.Cited> removed = new ArrayList<>(), added = new ArrayList<>();
        a.citations().forEach((k, c) -> { if (!b.citations().containsKey(k)) removed.add(c); });
        b.citations().forEach((k, c) -> { if (!a.citations().containsKey(k)) added.add(c); });
        for (ListItem.Cited gone : List.copyOf(removed)) {
            ListItem.Cited to = added.stream().filter(c -> c.document() != null && c.document().equals(gone.document())).findFirst().orElse(null);
            if (to == null) continue;
            out.add(new FieldChange("citation", "re-pointed", gone.label(), to.label(), gone.target(), to.target()));
            removed.remove(gone);
            added.remove(to);
        }
        removed.forEach(c -> out.add(new FieldChange("citation", "removed", c.label(), null, c.target(), null)));
        added.forEach(c -> out.add(new FieldChange("citation", "added", null, c.label(), null, c.target())));
    }

    private static void sanctions(List<FieldChange> out, ListItem a, ListItem b) {
        a.sanctions().forEach((k, v) -> {
            String after = b.sanctions().get(k);
            if (after == null) out.add(new FieldChange("sanction", "removed", v, null, null, null));
            else if (!after.equals(v)) out.add(new FieldChange("sanction", "changed", v, after, null, null));
        });
        b.sanctions().forEach((k, v) -> {
            if (!a.sanctions().containsKey(k)) out.add(new FieldChange("sanction", "added", null, v, null, null));
        });
    }
}
