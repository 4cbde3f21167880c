package org.w3id.lkg.service.page;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.service.linkeddata.Description;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.store.ListEditions;
import org.w3id.lkg.store.edition.Edition;

/**
 * A power list: its sections with declared and actual counts, its items section by section, its findings; and, when
 * it has more than one edition, its editions with a link to what changed between each and the one before.
 */
@Component
class ListPage {
    private final Blocks blocks;
    private final LkgStore store;
    private final IriScheme iris = IriScheme.standard();   // the embedded store's, as its loads name graphs

    ListPage(Blocks blocks, LkgStore store) {
        this.blocks = blocks;
        this.store = store;
    }

    Layout.Page write(Description d, Facts f) {
        Html h = new Html();
        String iri = d.iri();
        h.open("dl", "class", "summary");
        h.row("发布 Issuer", () -> f.all(org.w3id.lkg.ontology.Lkg.NS + "issuer").forEach(n -> blocks.link(h, n.getURI(), f.label(n))));
        h.row("来源文件 Source file", () -> h.text(f.lkg("sourceFile")));
        h.row("声明事项数 Declared items", () -> h.text(f.lkg("declaredItemCount")));
        editions(h, iri);
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

    private void editions(Html h, String listIri) {
        String prefix = iris.list("");
        if (store.tdb().isEmpty() || !listIri.startsWith(prefix)) return;
        String key = listIri.substring(prefix.length());   // IriScheme keeps a key's characters (it replaces, never escapes)
        List<Edition> editions = ListEditions.of(store.tdb().get(), iris).editions(key);
        if (editions.size() < 2) return;
        h.row("版本 Editions", () -> {
            h.text("共 " + editions.size() + " 版：");
            for (int i = 1; i < editions.size(); i++) {
                int a = editions.get(i - 1).number(), b = editions.get(i).number();
                h.a(EditionDiffPage.path(blocks.iris(), key, a, b), "第" + a + "版 → 第" + b + "版有何变化", "class", "edition-diff").text(" ");
            }
        });
    }
}
