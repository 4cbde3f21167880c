package org.w3id.lkg.service.page;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.w3id.lkg.service.linkeddata.Description;

/** A power list: its sections with declared and actual counts, its items section by section, its findings. */
@Component
class ListPage {
    private final Blocks blocks;

    ListPage(Blocks blocks) {
        this.blocks = blocks;
    }

    Layout.Page write(Description d, Facts f) {
        Html h = new Html();
        String iri = d.iri();
        h.open("dl", "class", "summary");
        h.row("发布 Issuer", () -> f.all(org.w3id.lkg.ontology.Lkg.NS + "issuer").forEach(n -> blocks.link(h, n.getURI(), f.label(n))));
        h.row("来源文件 Source file", () -> h.text(f.lkg("sourceFile")));
        h.row("声明事项数 Declared items", () -> h.text(f.lkg("declaredItemCount")));
        h.close("dl");
        List<Row> sections = blocks.rows("list-sections", iri);
        List<Row> items = blocks.rows("list-items", iri);
        for (Row s : sections) {
            h.open("h2", "id", "section-" + s.get("number")).text(s.get("number") + ". " + s.get("label", "")).close("h2");
            h.el("p", "声明 declared " + s.get("declared", "?") + " 项，实有 found " + s.get("items") + " 项", "class", "counts");
            List<Row> mine = items.stream().filter(r -> s.get("number").equals(r.get("section"))).toList();
            blocks.items(h, mine, ItemPage.columns("subItem", "子项 Sub-item", "powerType", "权力类型", "unitLabel", "承办机构 Unit"));
        }
        h.el("h2", "数据问题 Findings");
        blocks.findings(h, Row.of(blocks.queries().select("page/findings", Map.of("list", f.self()))), true);
        blocks.facts(h, d, f);
        return new Layout.Page(f.label(), "权责清单 Power list", h, blocks.sparql("list-items", iri));
    }
}
