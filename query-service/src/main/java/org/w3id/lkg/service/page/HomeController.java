package org.w3id.lkg.service.page;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.w3id.lkg.service.linkeddata.StoreQueries;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.sparql.CannedQuery;
import org.w3id.lkg.sparql.ProvisionResolver;
import org.w3id.lkg.sparql.QueryCatalog;
import org.w3id.lkg.sparql.QueryParameter;
import org.w3id.lkg.sparql.Resolution;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The home page (what the dataset is, counts, the search box, example questions, the canned queries as a gallery,
 * the lists), the search (a reference that resolves goes straight to its page), and all findings by kind.
 */
@RestController
@Hidden
class HomeController {
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final List<String> QUESTIONS = List.of("哪些事项依据律师法第四十九条？", "矫正科负责哪些事项", "哪些处罚可以罚款超过一万元");

    private final Layout layout;
    private final Blocks blocks;
    private final QueryCatalog catalog;
    private final LkgStore store;
    private final List<RequestMappingInfoHandlerMapping> mappings;

    HomeController(Layout layout, Blocks blocks, QueryCatalog catalog, LkgStore store, List<RequestMappingInfoHandlerMapping> mappings) {
        this.layout = layout;
        this.blocks = blocks;
        this.catalog = catalog;
        this.store = store;
        this.mappings = mappings;
    }

    @GetMapping(BrowserForwarding.HOME)
    ResponseEntity<String> home() {
        Html h = new Html();
        h.el("p", "地方政府权责清单中的每一项行政权力、承办科室、所依据的法律条款、可处的处罚和数据质量问题，"
                + "连成一张可查询的知识图谱。Every power item of Chinese local power lists, the unit that handles it, the statutes "
                + "and articles it rests on, the sanctions they prescribe and the data-quality findings, as one linked graph.", "class", "lead");
        h.open("ul", "class", "counts");
        // in the order a reader goes: lists, their items, what the items cite, what that prescribes, what went wrong
        Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("PowerList", "清单 lists");
        names.put("PowerItem", "事项 items");
        names.put("OrganizationalUnit", "承办机构 units");
        names.put("Citation", "引用 citations");
        names.put("LegalDocument", "法律文件 documents");
        names.put("Article", "条 articles");
        names.put("Sanction", "处罚 sanctions");
        names.put("QualityFinding", "数据问题 findings");
        Map<String, String> counts = new java.util.HashMap<>();
        for (Row r : Row.of(blocks.queries().select("page/home-counts", Map.of()))) counts.put(Facts.lastSegment(r.get("class")), r.get("n"));
        names.forEach((cls, name) -> h.open("li").el("strong", counts.getOrDefault(cls, "0")).text(" " + name).close("li"));
        h.close("ul");

        boolean ask = askExists();
        h.open("form", "class", "bigsearch", "action", blocks.iris().href("/search"), "method", "get", "role", "search")
                .open("input", "type", "search", "name", "q", "id", "q", "placeholder", "律师法第四十九条、对律师违法执业的处罚、公律科…", "aria-label", "搜索 Search")
                .el("button", "搜索 Search", "type", "submit");
        if (ask) h.el("button", "提问 Ask", "type", "submit", "formaction", blocks.iris().href("/ask"), "id", "ask");
        h.close("form");
        h.el("h2", "问题示例 Example questions");
        h.open("ul", "class", "questions");
        for (String q : QUESTIONS) {
            h.open("li");
            h.a(ask ? blocks.iris().href("/ask") + "?q=" + org.w3id.lkg.service.linkeddata.WebIris.param(q) : null, q);
            h.close("li");
        }
        h.close("ul");
        h.open("p").a(blocks.iris().href("/impact") + "?ref=" + org.w3id.lkg.service.linkeddata.WebIris.param("律师法第四十九条"),
                "律师法第四十九条修改会影响哪些事项？ Statute impact").close("p");

        h.el("h2", "清单 Lists");
        h.open("ul");
        for (Row r : Row.of(blocks.queries().select("page/home-lists", Map.of()))) {
            h.open("li");
            blocks.link(h, r.get("list"), r.get("label", r.get("list")));
            h.text(" · " + r.get("issuerLabel", "") + " · " + r.get("items") + " 项").close("li");
        }
        h.close("ul");

        h.el("h2", "现成查询 Canned queries");
        h.open("div", "class", "gallery");
        for (CannedQuery q : catalog.all()) {
            StringBuilder call = new StringBuilder("/api/queries/" + q.name());
            char sep = '?';
            for (QueryParameter p : q.parameters()) {
                if (p.example() == null || p.example().isEmpty()) continue;
                call.append(sep).append(p.name()).append('=').append(org.w3id.lkg.service.linkeddata.WebIris.param(p.example()));
                sep = '&';
            }
            h.open("div", "class", "card").el("h3", q.title()).el("p", q.description());
            h.a(blocks.iris().href(call.toString()), "运行 Run (JSON)").text(" · ");
            h.a(layout.editorLink(q.text()), "在编辑器中打开 Open in the editor");
            h.close("div");
        }
        h.close("div");
        return ok(layout.write(new Layout.Page("权责清单知识图谱", "Legal knowledge graph of power lists", h, null), List.of()));
    }

    @GetMapping(path = "/search", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> search(@RequestParam(defaultValue = "") String q) {
        store.requireReady();
        String text = q.strip();
        if (!text.isEmpty()) {
            Resolution r = new ProvisionResolver(store.lookups()).resolve(text);
            if (r.resolved() && r.exact())
                return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(blocks.iris().hrefOf(r.iri()))).build();
        }
        Html h = new Html();
        List<Row> hits = text.isEmpty() ? List.of() : hits(text);
        if (hits.isEmpty()) h.el("p", "没有找到 Nothing found" + (text.isEmpty() ? "" : "：" + text), "class", "empty");
        h.open("ul", "class", "hits");
        for (Row r : hits) {
            h.open("li");
            blocks.link(h, r.get("s"), r.get("label"));
            h.el("span", " " + blocks.curie(r.get("type")), "class", "kind").close("li");
        }
        h.close("ul");
        String sparql = text.isEmpty() ? null
                : blocks.queries().bound("page/search", Map.of("q", NodeFactory.createLiteralString(text))).serialize();
        return ok(layout.write(new Layout.Page("搜索 Search：" + text, hits.size() + " 条结果 results", h, sparql), List.of()));
    }

    /** Labels holding {@code text}: what the search and the 404 page suggest. */
    List<Row> hits(String text) {
        return Row.of(blocks.queries().select("page/search", Map.of("q", NodeFactory.createLiteralString(text))));
    }

    @GetMapping(path = "/findings", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> findings() {
        Html h = new Html();
        List<Row> rows = Row.of(blocks.queries().select("page/findings", Map.of()));
        java.util.Map<String, List<Row>> byKind = new java.util.TreeMap<>();
        rows.forEach(r -> byKind.computeIfAbsent(r.get("kind"), k -> new java.util.ArrayList<>()).add(r));
        byKind.forEach((kind, list) -> {
            h.open("h2");
            blocks.link(h, kind, list.get(0).get("kindLabel", Facts.lastSegment(kind)) + " (" + list.size() + ")");
            h.close("h2");
            blocks.findings(h, list, true);
        });
        String sparql = blocks.queries().bound("page/findings", Map.of()).serialize();
        return ok(layout.write(new Layout.Page("数据问题 Findings", rows.size() + " 条 findings, by kind", h, sparql), List.of()));
    }

    private boolean askExists() {
        for (RequestMappingInfoHandlerMapping m : mappings)
            for (var info : m.getHandlerMethods().keySet())
                if (info.getPatternValues().contains("/ask")) return true;
        return false;
    }

    static ResponseEntity<String> ok(String html) { return ResponseEntity.ok().contentType(HTML).body(html); }
}
