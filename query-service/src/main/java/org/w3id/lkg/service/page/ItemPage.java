package org.w3id.lkg.service.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.service.linkeddata.Description;

/**
 * A power item: its basis (each cited provision linked, direct or through which rule, the wording quoted), the
 * sanctions it can impose written as the law writes them, body, unit, level, duties, responsibility steps,
 * accountability, findings, and where in the source list it was read.
 */
@Component
class ItemPage {
    private final Blocks blocks;

    ItemPage(Blocks blocks) {
        this.blocks = blocks;
    }

    Layout.Page write(Description d, Facts f) {
        Html h = new Html();
        String iri = d.iri();
        h.open("dl", "class", "summary");
        row(h, f, "子项 Sub-item", "subItemName");
        h.row("权力类型 Power type", () -> {
            for (Node n : f.all(Lkg.NS + "powerType")) blocks.link(h, n.getURI(), f.label(n));
            String declared = f.lkg("declaredPowerType");
            if (declared != null) h.el("span", "（清单所写：" + declared + "）", "class", "declared");
        });
        h.row("行使主体 Body", () -> f.all(Lkg.NS + "exercisedBy").forEach(n -> blocks.link(h, n.getURI(), f.label(n))));
        h.row("承办机构 Unit", () -> f.all(Lkg.NS + "handledBy").forEach(n -> blocks.link(h, n.getURI(), f.label(n))));
        h.row("对象 Parties", () -> f.all(Lkg.NS + "actsOn").forEach(n -> { blocks.link(h, n.getURI(), f.label(n)); h.text(" "); }));
        row(h, f, "实施层级 Level", "level");
        row(h, f, "层级权限 Authority", "authorityScope");
        row(h, f, "部门职责 Duty", "duty");
        h.row("清单 List", () -> {
            f.all(Lkg.NS + "inList").forEach(n -> blocks.link(h, n.getURI(), f.label(n)));
            f.all(Lkg.NS + "section").forEach(n -> { h.text(" · "); blocks.link(h, n.getURI(), f.label(n)); });
            h.text(" · 序号 " + f.lkg("itemNumber"));
        });
        h.row("来源 Source", () -> h.text(source(blocks.rows("item-source", iri))));
        h.close("dl");

        h.el("h2", "实施依据 Legal basis");
        List<Row> citations = blocks.rows("item-citations", iri);
        citations(h, citations, "实施依据");
        h.el("h2", "可处罚 Sanctions");
        blocks.sanctions(h, blocks.rows("item-sanctions", iri));

        h.el("h2", "责任事项 Responsibilities");
        List<Node> steps = f.all(Lkg.NS + "responsibilityStep");
        if (!steps.isEmpty()) {
            h.open("ol", "class", "steps");
            steps.stream().sorted(java.util.Comparator.comparingInt(s -> order(d, s))).forEach(s -> h.el("li", f.label(s)));
            h.close("ol");
        } else if (f.lkg("responsibility") != null) h.el("p", f.lkg("responsibility"));
        h.open("dl", "class", "summary");
        row(h, f, "责任事项依据 Basis", "responsibilityBasis");
        h.close("dl");
        citations(h, citations, "责任事项依据");

        h.el("h2", "追责 Accountability");
        h.open("dl", "class", "summary");
        list(h, "追责对象 Persons", f.lkgAll("accountablePerson"), f.lkg("accountablePersons"));
        list(h, "追责情形 Situations", f.lkgAll("accountabilitySituation"), f.lkg("accountabilitySituations"));
        row(h, f, "备注 Remark", "remark");
        h.close("dl");

        h.el("h2", "数据问题 Findings");
        blocks.findings(h, Row.of(blocks.queries().select("page/findings-about", Map.of("subject", f.self()))), false);
        blocks.graph(h, iri);
        h.open("details").el("summary", "实施依据原文 Legal basis as written").el("p", f.lkg("legalBasisText"), "class", "raw").close("details");
        blocks.facts(h, d, f);
        return new Layout.Page(f.label(), "权责事项 Power item", h, blocks.sparql("item-citations", iri));
    }

    private void citations(Html h, List<Row> rows, String field) {
        List<Row> mine = rows.stream().filter(r -> field.equals(r.get("field"))).toList();
        if (mine.isEmpty()) {
            if (field.equals("实施依据")) h.el("p", "（无 none）", "class", "empty");
            return;
        }
        h.open("ol", "class", "citations");
        for (Row r : mine) {
            h.open("li");
            if (r.has("provision")) blocks.link(h, r.get("provision"), r.get("provisionLabel"));
            else blocks.link(h, r.get("document"), "《" + r.get("documentTitle", "?") + "》");
            h.text(r.is("direct") || !r.has("via") ? " · 直接 direct" : "");
            if (r.has("via")) {
                h.text(" · 经 via ");
                blocks.link(h, r.get("via"), r.get("viaLabel"));
            }
            h.el("span", " 第" + r.get("line", "?") + "行第" + r.get("column", "?") + "列", "class", "pos");
            if (r.has("citedText")) h.el("blockquote", r.get("citedText"));
            h.close("li");
        }
        h.close("ol");
    }

    private static int order(Description d, Node step) {
        var it = d.graph().find(step, org.apache.jena.graph.NodeFactory.createURI(Lkg.NS + "order"), Node.ANY);
        return it.hasNext() ? Integer.parseInt(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    private static String source(List<Row> rows) {
        if (rows.isEmpty()) return "?";
        Row r = rows.get(0);
        return r.get("file", "?") + " 第 " + r.get("line", "?") + " 行第 " + r.get("column", "?") + " 列 (line " + r.get("line", "?")
                + ", column " + r.get("column", "?") + ")";
    }

    private static void row(Html h, Facts f, String term, String property) {
        String v = f.lkg(property);
        if (v != null) h.row(term, () -> h.text(v));
    }

    private static void list(Html h, String term, List<String> entries, String whole) {
        if (entries.isEmpty() && whole == null) return;
        h.row(term, () -> {
            if (entries.isEmpty()) h.text(whole);
            else {
                h.open("ul");
                entries.forEach(e -> h.el("li", e));
                h.close("ul");
            }
        });
    }

    static Map<String, String> columns(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }
}
