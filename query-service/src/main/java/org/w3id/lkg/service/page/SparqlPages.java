package org.w3id.lkg.service.page;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.service.linkeddata.Prefixes;
import org.w3id.lkg.service.linkeddata.StoreQueries;
import org.w3id.lkg.service.sparql.SparqlRunner;
import org.w3id.lkg.sparql.CannedQuery;
import org.w3id.lkg.sparql.QueryCatalog;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /sparql} for a browser (forwarded here by {@link BrowserForwarding}): without {@code query} the YASGUI
 * editor, served from its WebJar, talking to {@code /sparql}, with the project's prefixes and the canned queries as
 * examples ({@code ?edit=} preloads one); with {@code query} a readable result page, checked by the same policy as
 * the endpoint (no update, no SERVICE, the result cap).
 */
@RestController
@Hidden
class SparqlPages {
    private final Layout layout;
    private final QueryCatalog catalog;
    private final SparqlRunner runner;
    private final StoreQueries queries;

    SparqlPages(Layout layout, QueryCatalog catalog, SparqlRunner runner, StoreQueries queries) {
        this.layout = layout;
        this.catalog = catalog;
        this.runner = runner;
        this.queries = queries;
    }

    @GetMapping(BrowserForwarding.SPARQL)
    ResponseEntity<String> page(@RequestParam(required = false) String query, @RequestParam(required = false) String edit) {
        return HomeController.ok(query == null ? editor(edit) : results(query));
    }

    private String editor(String edit) {
        Html h = new Html();
        String prefixes = Prefixes.sparql(layout.iris().dataBase());
        String start = edit != null ? edit : prefixes + "\nSELECT ?item ?name WHERE {\n  ?item a lkg:PowerItem ; lkg:itemName ?name .\n}\nLIMIT 20\n";
        h.open("link", "rel", "stylesheet", "href", layout.iris().href("/webjars/zazuko__yasgui/build/yasgui.min.css"));
        // the endpoint as a link, so the editor queries the host the page came from (or the public base)
        h.open("div", "id", "yasgui", "data-endpoint", layout.iris().href("/sparql"), "data-query", start).close("div");
        h.el("h2", "示例 Examples");
        h.open("ul", "class", "examples");
        for (CannedQuery q : catalog.all()) {
            h.open("li").open("a", "href", layout.editorLink(q.text()), "class", "example", "data-query", q.text()).text(q.title()).close("a")
                    .el("span", " " + q.name(), "class", "kind").close("li");
        }
        h.close("ul");
        h.open("noscript").el("p", "编辑器需要 JavaScript。没有它也可以用 GET /sparql?query=… 查询。The editor needs JavaScript; /sparql?query=… works without.").close("noscript");
        h.open("script", "src", layout.iris().href("/webjars/zazuko__yasgui/build/yasgui.min.js")).close("script");
        h.open("script", "src", layout.iris().href("/lkg/editor.js")).close("script");
        return layout.write(new Layout.Page("SPARQL 查询 Query editor", "YASGUI · endpoint " + layout.iris().absolute("/sparql"), h, null), List.of());
    }

    private String results(String text) {
        Query parsed = runner.policy().parse(text);
        Query q = runner.policy().limit(parsed);
        Html h = new Html();
        h.open("p").a(layout.editorLink(text), "在编辑器中修改 Edit in the editor").close("p");
        if (q.isSelectType()) {
            List<Binding> rows = queries.select(q);
            List<Var> vars = q.getProjectVars();
            h.el("p", rows.size() + " 行 rows", "class", "counts");
            h.open("table", "class", "results").open("thead").open("tr");
            vars.forEach(v -> h.el("th", "?" + v.getVarName()));
            h.close("tr").close("thead").open("tbody");
            for (Binding b : rows) {
                h.open("tr");
                for (Var v : vars) {
                    h.open("td");
                    cell(h, b.get(v));
                    h.close("td");
                }
                h.close("tr");
            }
            h.close("tbody").close("table");
        } else if (q.isAskType()) {
            boolean yes = !queries.select(askAsSelect(q)).isEmpty();
            h.el("p", yes ? "是 true" : "否 false", "class", "ask");
        } else {
            Graph g = queries.construct(q);
            h.el("p", g.size() + " 条三元组 triples", "class", "counts");
            h.open("table", "class", "results").open("tbody");
            g.find().forEach(t -> {
                h.open("tr");
                for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) { h.open("td"); cell(h, n); h.close("td"); }
                h.close("tr");
            });
            h.close("tbody").close("table");
        }
        h.open("details").el("summary", "查询 Query").el("pre", text).close("details");
        return layout.write(new Layout.Page("查询结果 Results", null, h, text), List.of());
    }

    private void cell(Html h, Node n) {
        if (n == null) return;
        if (n.isURI()) h.a(layout.iris().hrefOf(n.getURI()), n.getURI());
        else if (n.isLiteral()) h.text(n.getLiteralLexicalForm());
        else h.text(n.toString());
    }

    private static Query askAsSelect(Query ask) {
        Query s = ask.cloneQuery();
        s.setQuerySelectType();
        s.setQueryResultStar(true);
        s.setLimit(1);
        return s;
    }
}
