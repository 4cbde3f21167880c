package org.w3id.lkg.service.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a statute, provision or item reaches, folded from the rows of {@code impact.rq} / {@code item-reach.rq}: one
 * line per item and cited provision (parties and sanction types joined), and the nodes and edges of the citation
 * graph.
 */
final class Reach {
    /** One line of the impact table. */
    record Line(Row first, Set<String> parties, Set<String> sanctions) {}

    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    private final Set<List<String>> edges = new LinkedHashSet<>();

    Reach(List<Row> rows) {
        for (Row r : rows) {
            String key = r.get("item") + "|" + r.get("cited", r.get("document")) + "|" + r.get("via", "");
            Line l = lines.computeIfAbsent(key, k -> new Line(r, new LinkedHashSet<>(), new LinkedHashSet<>()));
            if (r.has("partyLabel")) l.parties().add(r.get("partyLabel"));
            if (r.has("sanctionTypeLabel")) l.sanctions().add(r.get("sanctionTypeLabel"));
            node(r, "item", "itemName", "item");
            String target = r.has("cited") ? node(r, "cited", "citedLabel", "provision") : null;
            if (target != null) shorten(target, r.get("documentTitle"));
            String doc = node(r, "document", "documentTitle", "document");
            if (target != null) {
                edge(r.get("item"), target, r.is("direct") ? "直接" : "经");
                edge(target, doc, "属于");
            } else edge(r.get("item"), doc, "依据");
            String via = node(r, "via", "viaLabel", "provision");
            if (via != null) edge(r.get("item"), via, "经");
            String unit = node(r, "unit", "unitLabel", "unit");
            if (unit != null) edge(unit, r.get("item"), "承办");
            String body = node(r, "body", "bodyLabel", "body");
            if (body != null && unit != null) edge(body, unit, "内设");
            String party = node(r, "party", "partyLabel", "party");
            if (party != null) edge(r.get("item"), party, "对象");
            String sanction = node(r, "sanctionType", "sanctionTypeLabel", "sanction");
            if (sanction != null && target != null) edge(target, sanction, "处罚");
        }
    }

    List<Line> lines() { return new ArrayList<>(lines.values()); }

    Map<String, Map<String, String>> nodes() { return nodes; }

    Set<List<String>> edges() { return edges; }

    private String node(Row r, String var, String labelVar, String kind) {
        String iri = r.get(var);
        if (iri == null) return null;
        nodes.computeIfAbsent(iri, k -> {
            Map<String, String> n = new LinkedHashMap<>();
            n.put("id", iri);
            n.put("label", r.get(labelVar, Facts.lastSegment(iri)));
            n.put("kind", kind);
            return n;
        });
        return iri;
    }

    // In the graph a provision of a named document is 第四十九条: its document is a node beside it, and the full label
    // would be cut to 中华人民共和国律师法第… (the page's tables keep the full label).
    private void shorten(String provision, String documentTitle) {
        Map<String, String> n = nodes.get(provision);
        String label = n.get("label");
        if (documentTitle != null && label.startsWith(documentTitle) && label.length() > documentTitle.length()) {
            n.put("label", label.substring(documentTitle.length()));
            n.put("title", label);
        }
    }

    private void edge(String from, String to, String label) {
        if (from != null && to != null && !from.equals(to)) edges.add(List.of(from, to, label));
    }
}
