package org.w3id.lkg.service.page;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.service.linkeddata.WebIris;
import org.w3id.lkg.service.edition.EditionNumber;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.store.ListEditions;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.diff.EditionDiff;
import org.w3id.lkg.store.diff.ListDiff;
import org.w3id.lkg.store.diff.ListItem;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.tdb.TdbStore;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /lists/{key}/diff?from=1&to=2}: what changed between two editions of a list, as people read it — added,
 * removed, renamed and changed items, each field before and after — with links to the item in each edition: the
 * item's page for the current edition, its triples in that edition's graph (in the editor) for an older one. The
 * same diff as {@code /api/lists/{key}/diff} and {@code lkg diff}, whose forms it links. Linked from the list's page
 * when the list has more than one edition.
 */
@RestController
@Hidden
class EditionDiffPage {
    static final String PATH = "/lists/{key}/diff";
    private static final Map<ListDiff.Kind, String> KINDS = Map.of(ListDiff.Kind.ADDED, "新增 Added",
            ListDiff.Kind.REMOVED, "删除 Removed", ListDiff.Kind.RENAMED, "更名 Renamed", ListDiff.Kind.CHANGED, "变更 Changed");
    private static final Map<String, String> FIELDS = Map.of("name", "名称", "power-type", "权力类型", "body", "行使主体",
            "unit", "承办机构", "responsibility", "责任事项", "citation", "依据", "sanction", "处罚");
    private static final Map<String, String> HOW = Map.of("changed", "改为", "added", "新增", "removed", "删除", "re-pointed", "改引");

    private final Layout layout;
    private final Blocks blocks;
    private final LkgStore store;
    private final IriScheme iris = IriScheme.standard();   // the embedded store's, as its loads name graphs

    EditionDiffPage(Layout layout, Blocks blocks, LkgStore store) {
        this.layout = layout;
        this.blocks = blocks;
        this.store = store;
    }

    /** The page's address for two editions of list {@code key}. */
    static String path(WebIris iris, String key, int from, int to) {
        return iris.href("/lists/" + WebIris.param(key) + "/diff") + "?from=" + from + "&to=" + to;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String key, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        store.requireReady();
        TdbStore tdb = store.tdb().orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "editions are kept by the embedded TDB2 store; this service queries " + store.describe()));
        List<Edition> editions = ListEditions.of(tdb, iris).editions(key);
        if (editions.isEmpty()) throw new ApiException(HttpStatus.NOT_FOUND, "no list " + key + " has editions in this store");
        int last = editions.get(editions.size() - 1).number();
        int b = to == null || to.isBlank() ? last : EditionNumber.parse("to", to);
        int a = from == null || from.isBlank() ? Math.max(1, b - 1) : EditionNumber.parse("from", from);
        ListDiff diff;
        try {
            diff = EditionDiff.ofEditions(tdb, iris, key, a, b);
        } catch (StoreException e) {
            throw new ApiException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        Edition current = editions.get(editions.size() - 1).retiredAt() == null ? editions.get(editions.size() - 1) : null;
        Edition ea = edition(editions, a), eb = edition(editions, b);

        Html h = new Html();
        h.open("p", "class", "counts").text("新增 " + diff.count(ListDiff.Kind.ADDED) + " 项 · 删除 " + diff.count(ListDiff.Kind.REMOVED)
                + " 项 · 更名 " + diff.count(ListDiff.Kind.RENAMED) + " 项 · 变更 " + diff.count(ListDiff.Kind.CHANGED) + " 项").close("p");
        h.open("dl", "class", "summary");
        h.row("清单 List", () -> blocks.link(h, iris.list(key), key));
        for (Edition e : List.of(ea, eb)) {
            h.row("第" + e.number() + "版 Edition " + e.number(), () -> h.text((e.sourceFile() == null ? "文件不详" : e.sourceFile())
                    + " · 载入 " + (e.generatedAt() == null ? "时间不详" : e.generatedAt().toString())
                    + (e.retiredAt() != null ? " · 已撤销 " + e.retiredAt() : current != null && e.number() == current.number() ? " · 现行 current" : "")));
        }
        h.row("其他版本 Other editions", () -> {
            for (int i = 1; i < editions.size(); i++) {
                int x = editions.get(i - 1).number(), y = editions.get(i).number();
                if (x == a && y == b) h.text("第" + x + "→" + y + "版 ");
                else h.a(path(blocks.iris(), key, x, y), "第" + x + "→" + y + "版").text(" ");
            }
        });
        h.row("下载 Download", () -> {
            for (String f : List.of("csv", "json", "text", "ttl"))
                h.a(blocks.iris().href("/api/lists/" + WebIris.param(key) + "/diff") + "?from=" + a + "&to=" + b + "&format=" + f, f.toUpperCase(), "class", "diff-" + f).text(" ");
        });
        h.close("dl");

        if (diff.changes().isEmpty()) h.el("p", "两版事项相同 The two editions hold the same items.", "class", "no-changes");
        else {
            h.open("table", "class", "items diff").open("thead").open("tr");
            for (String c : List.of("变化 Change", "第" + a + "版 Edition " + a, "第" + b + "版 Edition " + b, "内容 What changed")) h.el("th", c);
            h.close("tr").close("thead").open("tbody");
            for (ListDiff.ItemChange c : diff.changes()) {
                h.open("tr", "class", "change-" + c.kind().label()).el("td", KINDS.get(c.kind()));
                item(h, key, c.from(), ea, current);
                item(h, key, c.to(), eb, current);
                h.open("td");
                if (!c.fields().isEmpty()) {
                    h.open("ul", "class", "fields");
                    for (ListDiff.FieldChange f : c.fields()) {
                        h.open("li").el("span", FIELDS.getOrDefault(f.field(), f.field()) + HOW.getOrDefault(f.change(), f.change()) + "：", "class", "field");
                        switch (f.change()) {
                            case "added" -> value(h, f.after(), f.afterIri());
                            case "removed" -> value(h, f.before(), f.beforeIri());
                            default -> {
                                value(h, f.before(), f.beforeIri());
                                h.text(" → ");
                                value(h, f.after(), f.afterIri());
                            }
                        }
                        h.close("li");
                    }
                    h.close("ul");
                }
                h.close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
        String title = "版本比较 Editions compared：" + key + " 第" + a + "版 → 第" + b + "版";
        return HomeController.ok(layout.write(new Layout.Page(title, "两版之间新增、删除、更名与变更的事项 Items added, removed, renamed and changed", h, null), List.of()));
    }

    // The item as it is in that edition: its page when the edition is the current one, else its triples in the
    // edition's graph, opened in the editor (an old edition has no pages of its own).
    private void item(Html h, String key, ListItem item, Edition edition, Edition current) {
        h.open("td");
        if (item != null) {
            String label = item.ref() + " " + item.name();
            if (current != null && edition.number() == current.number()) blocks.link(h, item.iri(), label);
            else h.a(layout.editorLink("SELECT ?property ?value WHERE { GRAPH <" + edition.iri() + "> { <" + item.iri() + "> ?property ?value } }"),
                    label, "class", "old-item", "title", "第" + edition.number() + "版中的此事项 This item in edition " + edition.number());
        }
        h.close("td");
    }

    private void value(Html h, String text, String iri) {
        if (iri == null) h.text(text == null ? "（无）" : text);
        else blocks.link(h, iri, text);
    }

    private static Edition edition(List<Edition> editions, int n) {
        return editions.stream().filter(e -> e.number() == n).findFirst().orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "the list has no edition " + n + " (it has " + String.join(", ", editions.stream().map(e -> Integer.toString(e.number())).toList()) + ")"));
    }
}
