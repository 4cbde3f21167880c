package org.w3id.lkg.ingest.list;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.w3id.lkg.ingest.table.SourcePosition;

/**
 * How the reader understood a list, for {@code lkg inspect}: the header row(s) and each column's role (or why it has
 * none), the sections, the items, a few values of every column, and the findings by kind. A {@link PowerListHandler}
 * that keeps only that summary, so any list can be inspected without writing its graph.
 */
public final class ListInspection implements PowerListHandler {
    private static final int SAMPLES = 3;

    private final List<String> headers = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private final Map<String, List<String>> samples = new LinkedHashMap<>();
    private final Map<String, Integer> findingCounts = new TreeMap<>();
    private final List<String> findingExamples = new ArrayList<>();
    private String title;
    private int itemCount, subItemRows;

    @Override
    public void title(TitleLine t) { title = t.text() + " (" + t.position() + ")"; }

    @Override
    public void header(HeaderMap header, SourcePosition at) {
        StringBuilder b = new StringBuilder("header at " + at + (header.rows() == 2 ? " (two rows, merged cells)" : "") + ":");
        for (int i = 0; i < header.size(); i++) {
            ColumnRole r = header.roles().get(i);
            String label = header.label(i).isEmpty() ? "(empty)" : header.label(i);
            b.append("\n  ").append(SourcePosition.columnName(i + 1)).append("  ").append(label).append(" → ")
                    .append(r != null ? r.name().toLowerCase(java.util.Locale.ROOT) + " (" + r.label() + ")"
                            : label.equals("(empty)") ? "no role: no header text" : "no role: names no known column; kept on each item as a labelled value");
        }
        headers.add(b.toString());
    }

    @Override
    public void section(int number, String label, Integer declaredCount, SourcePosition at) {
        sections.add(number + " " + (label == null ? "(untitled)" : label) + (declaredCount == null ? "" : ", declares " + declaredCount)
                + " (" + at + ")");
    }

    @Override
    public void item(PowerItemRecord item) {
        itemCount++;
        subItemRows += item.subItems().size();
        if (items.size() < 10) {
            items.add(item.section() + "-" + item.number() + " " + item.name() + (item.subItems().isEmpty() ? "" : " (+" + item.subItems().size() + " sub-item rows)")
                    + (item.inferredPowerType() != null ? " [type inferred: " + item.inferredPowerType() + "]" : "") + " (" + item.position() + ")");
        }
        for (Field f : item.fields().values()) sample(f.role().label(), f.text());
        for (LabelledValue v : item.others()) sample(v.label() + " (kept)", v.text());
    }

    private void sample(String column, String value) {
        List<String> s = samples.computeIfAbsent(column, k -> new ArrayList<>());
        if (!value.isEmpty() && s.size() < SAMPLES && !s.contains(value)) s.add(value.length() > 60 ? value.substring(0, 60) + "…" : value);
    }

    @Override
    public void finding(Finding f) {
        findingCounts.merge(f.kind().notation(), 1, Integer::sum);
        if (findingExamples.size() < 15) findingExamples.add(f.kind().notation() + " " + f.position() + ": " + f.message());
    }

    /** Writes the summary as text. */
    public void print(PrintWriter out) {
        out.println("title: " + (title == null ? "(none)" : title));
        headers.forEach(out::println);
        out.println("sections: " + sections.size());
        sections.forEach(s -> out.println("  " + s));
        out.println("items: " + itemCount + (subItemRows > 0 ? " (" + subItemRows + " more rows read as their sub-items)" : ""));
        items.forEach(i -> out.println("  " + i));
        if (itemCount > items.size()) out.println("  …");
        out.println("values per column (first " + SAMPLES + "):");
        samples.forEach((c, s) -> out.println("  " + c + ": " + String.join(" | ", s)));
        out.println("findings: " + (findingCounts.isEmpty() ? "none" : findingCounts));
        findingExamples.forEach(f -> out.println("  " + f));
        out.flush();
    }
}
