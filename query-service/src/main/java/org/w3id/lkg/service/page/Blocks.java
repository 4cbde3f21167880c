package org.w3id.lkg.service.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.springframework.stereotype.Component;
import org.w3id.lkg.service.linkeddata.Description;
import org.w3id.lkg.service.linkeddata.StoreQueries;
import org.w3id.lkg.service.linkeddata.WebIris;

/** The parts pages share: tables of items, sanctions and findings, the citation graph, the table of all facts. */
@Component
class Blocks {
    private final WebIris iris;
    private final StoreQueries queries;

    Blocks(WebIris iris, StoreQueries queries) {
        this.iris = iris;
        this.queries = queries;
    }

    StoreQueries queries() { return queries; }

    WebIris iris() { return iris; }

    /** Runs a page query with {@code ?this} bound. */
    List<Row> rows(String name, String self) { return Row.of(queries.select("page/" + name, StoreQueries.self(self))); }

    /** The SPARQL text of a page query with {@code ?this} bound, to open in the editor. */
    String sparql(String name, String self) { return queries.bound("page/" + name, StoreQueries.self(self)).serialize(); }

    void link(Html h, String iri, String label) { h.a(iri == null ? null : iris.hrefOf(iri), label == null ? iri : label); }

    /** Items as a table: 序号 (section-number), name linked, and the extra columns named by {@code extra} (var → heading). */
    void items(Html h, List<Row> rows, Map<String, String> extra) {
        if (rows.isEmpty()) {
            h.el("p", "（无 none）", "class", "empty");
            return;
        }
        h.open("table", "class", "items").open("thead").open("tr").el("th", "序号").el("th", "事项 Item");
        extra.values().forEach(t -> h.el("th", t));
        h.close("tr").close("thead").open("tbody");
        for (Row r : rows) {
            h.open("tr").el("td", r.get("section", "") + "-" + r.get("number", "")).open("td");
            link(h, r.get("item"), r.get("itemName"));
            h.close("td");
            for (String v : extra.keySet()) {
                h.open("td");
                String iriVar = v.endsWith("Label") ? v.substring(0, v.length() - 5) : null;
                if (iriVar != null && r.has(iriVar)) link(h, r.get(iriVar), r.get(v));
                else h.text(r.get(v, ""));
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    /** Sanctions, each written as legal text writes it, with the provision that prescribes it. */
    void sanctions(Html h, List<Row> rows) {
        if (rows.isEmpty()) {
            h.el("p", "（无 none）", "class", "empty");
            return;
        }
        h.open("ul", "class", "sanctions");
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Row r : rows) {
            String key = r.get("sanction") + "|" + r.get("party", "");
            if (seen.put(key, true) != null) continue;
            h.open("li").el("strong", wording(r), "class", "sanction");
            h.text(" · ");
            link(h, r.get("provision"), r.get("provisionLabel"));
            if (r.has("partyLabel")) {
                h.text(" · 对象 ");
                link(h, r.get("party"), r.get("partyLabel"));
            }
            if (r.has("authority")) h.text(" · 由" + r.get("authority") + "实施");
            if (r.has("condition")) h.el("span", " 条件：" + r.get("condition"), "class", "condition");
            h.close("li");
        }
        h.close("ul");
    }

    static String wording(Row r) {
        return SanctionWording.write(r.get("typeLabel", Facts.lastSegment(r.get("type", ""))), r.get("minYuan"), r.get("maxYuan"),
                r.get("minMultiple"), r.get("maxMultiple"), r.get("minDuration"), r.get("maxDuration"), r.is("serious"));
    }

    /** Findings: kind, where (line:column), message, the raw value and what it concerns. */
    void findings(Html h, List<Row> rows, boolean withSubject) {
        if (rows.isEmpty()) {
            h.el("p", "（无 none）", "class", "empty");
            return;
        }
        h.open("table", "class", "findings").open("thead").open("tr").el("th", "类别 Kind").el("th", "位置 Line:col").el("th", "说明 Message");
        if (withSubject) h.el("th", "涉及 Concerns");
        h.close("tr").close("thead").open("tbody");
        for (Row r : rows) {
            h.open("tr").open("td");
            link(h, r.get("kind"), r.get("kindLabel", Facts.lastSegment(r.get("kind", ""))));
            h.close("td").el("td", r.get("line", "?") + ":" + r.get("column", "?")).open("td").text(r.get("message", ""));
            if (r.has("raw")) h.el("q", r.get("raw"));
            h.close("td");
            if (withSubject) {
                h.open("td");
                link(h, r.get("subject"), r.get("subjectLabel"));
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    /** The citation graph of {@code iri}, drawn by Cytoscape.js from {@code /graph.json}; a note when scripts are off. */
    void graph(Html h, String iri) {
        h.el("h2", "引用关系图 Citation graph");
        h.open("div", "id", "graph", "class", "graph", "data-src", iris.href("/graph.json") + "?iri=" + WebIris.param(iri)).close("div");
        h.el("p", "点击节点打开其页面。Click a node to open its page. (需要 JavaScript；表格中有同样的内容。)", "class", "hint");
        h.open("script", "src", iris.href("/webjars/cytoscape/dist/cytoscape.min.js")).close("script");
        h.open("script", "src", iris.href("/lkg/graph.js")).close("script");
    }

    /** Every fact of the description, grouped by property; values linked. */
    void facts(Html h, Description d, Facts f) {
        h.el("h2", "全部数据 All facts");
        h.open("table", "class", "facts").open("tbody");
        Map<String, List<Node>> byProperty = new LinkedHashMap<>();
        d.graph().find(f.self(), Node.ANY, Node.ANY).forEach((Triple t) ->
                byProperty.computeIfAbsent(t.getPredicate().getURI(), k -> new java.util.ArrayList<>()).add(t.getObject()));
        byProperty.forEach((p, values) -> {
            h.open("tr").open("th");
            link(h, p, curie(p));
            h.close("th").open("td");
            for (Node v : values) {
                h.open("div");
                if (v.isURI()) link(h, v.getURI(), f.label(v));
                else h.text(Facts.text(v));
                if (v.isLiteral() && !v.getLiteralLanguage().isEmpty()) h.el("span", "@" + v.getLiteralLanguage(), "class", "lang");
                h.close("div");
            }
            h.close("td").close("tr");
        });
        h.close("tbody").close("table");
        List<Triple> in = d.graph().find(Node.ANY, Node.ANY, f.self()).toList();
        if (!in.isEmpty()) {
            h.el("h2", "指向本资源 Linked from (" + d.incoming() + ")");
            h.open("ul", "class", "incoming");
            for (Triple t : in) {
                h.open("li");
                link(h, t.getSubject().getURI(), f.label(t.getSubject()));
                h.text(" " + curie(t.getPredicate().getURI()));
                h.close("li");
            }
            h.close("ul");
            if (d.pages() > 1) h.el("p", "第 " + d.page() + " / " + d.pages() + " 页 (?page=N)", "class", "paging");
        }
    }

    String curie(String iri) {
        for (var e : org.w3id.lkg.service.linkeddata.Prefixes.of(iris.dataBase()).entrySet())
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) return e.getKey() + ":" + iri.substring(e.getValue().length());
        return iri;
    }
}
