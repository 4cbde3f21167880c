package org.w3id.lkg.service.page;

import java.util.List;

import org.springframework.stereotype.Component;
import org.w3id.lkg.service.linkeddata.DatasetDescription;
import org.w3id.lkg.service.linkeddata.HtmlView;
import org.w3id.lkg.service.linkeddata.WebIris;

/**
 * The frame of every page: header with the search box and the way around, the page's own content, and a footer with
 * its RDF forms, the SPARQL that reproduces it (opened in the editor), the dataset description and the dumps.
 */
@Component
class Layout {
    private final WebIris iris;

    Layout(WebIris iris) {
        this.iris = iris;
    }

    WebIris iris() { return iris; }

    /** A page's parts: its title (Chinese first), a line under it, its content, and the query behind it (or null). */
    record Page(String title, String subtitle, Html body, String sparql) {}

    String write(Page page, List<HtmlView.Alternate> alternates) {
        Html h = new Html();
        h.markup("<!DOCTYPE html>\n");
        h.open("html", "lang", "zh-Hans").open("head").markup("<meta charset=\"utf-8\">")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .el("title", page.title() + " · 权责清单知识图谱")
                .open("link", "rel", "stylesheet", "href", iris.href("/lkg/site.css"));
        for (HtmlView.Alternate a : alternates)
            if (a.form().lang() != null) h.open("link", "rel", "alternate", "type", a.form().type().toString(), "href", a.href());
        h.open("link", "rel", "describedby", "type", "text/turtle", "href", iris.href(DatasetDescription.PATH));
        h.close("head").open("body");
        header(h);
        h.open("main").el("h1", page.title());
        if (page.subtitle() != null && !page.subtitle().isEmpty()) h.el("p", page.subtitle(), "class", "subtitle");
        h.markup(page.body().toString());
        h.close("main");
        footer(h, page, alternates);
        h.close("body").close("html");
        return h.toString();
    }

    private void header(Html h) {
        h.open("header").open("nav");
        h.a(iris.href("/"), "权责清单知识图谱", "class", "brand");
        h.a(iris.href("/impact"), "影响分析 Impact");
        h.a(iris.href("/findings"), "数据问题 Findings");
        h.a(iris.href("/sparql"), "SPARQL");
        h.a(iris.href("/ontology"), "本体 Ontology");
        h.a(iris.href(DatasetDescription.PATH), "数据集 VoID");
        h.close("nav");
        h.open("form", "class", "search", "action", iris.href("/search"), "method", "get", "role", "search")
                .open("input", "type", "search", "name", "q", "placeholder", "法条、事项、科室… 如 律师法第四十九条", "aria-label", "搜索 Search")
                .el("button", "搜索", "type", "submit").close("form");
        h.close("header");
    }

    private void footer(Html h, Page page, List<HtmlView.Alternate> alternates) {
        h.open("footer");
        if (!alternates.isEmpty()) {
            h.open("p").text("本页数据 Data: ");
            for (HtmlView.Alternate a : alternates) {
                if (a.form().lang() == null) continue;
                h.a(a.href(), a.form().label() + " (." + a.form().suffix() + ")", "class", "rdf-link").text(" ");
            }
            h.close("p");
        }
        if (page.sparql() != null)
            h.open("p").a(editorLink(page.sparql()), "在 SPARQL 编辑器中打开本页的查询 · Open this page's query in the editor", "class", "sparql-link").close("p");
        h.open("p").a(iris.href(DatasetDescription.PATH), "数据集描述 VoID/DCAT").text(" · ")
                .a(iris.href("/dumps/lkg.nq.gz"), "下载 N-Quads").text(" · ")
                .a(iris.href("/dumps/lkg.trig.gz"), "下载 TriG").text(" · ")
                .a(iris.href("/ontology"), "本体").text(" · ")
                .a(iris.href("/swagger-ui.html"), "API").close("p");
        h.close("footer");
    }

    /** A link that opens {@code sparql} in the editor. */
    String editorLink(String sparql) { return iris.href("/sparql") + "?edit=" + WebIris.param(sparql); }
}
