package org.w3id.lkg.service.page;

import java.util.List;

import org.apache.jena.graph.Node;
import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.service.linkeddata.Description;

/**
 * An article, paragraph or point: its wording, the items resting on it directly and through which rule, the
 * sanctions it prescribes, the parts above and below it, the rules that refer to it, and its citation graph.
 */
@Component
class ProvisionPage {
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private final Blocks blocks;

    ProvisionPage(Blocks blocks) {
        this.blocks = blocks;
    }

    Layout.Page write(Description d, Facts f) {
        Html h = new Html();
        String iri = d.iri();
        h.open("dl", "class", "summary");
        h.row("属于 Part of", () -> f.all(ELI + "is_part_of").forEach(n -> blocks.link(h, n.getURI(), f.label(n))));
        h.row("法律文件 Document", () -> f.all(Lkg.NS + "inDocument").forEach(n -> blocks.link(h, n.getURI(), f.label(n))));
        h.close("dl");
        h.el("h2", "条文 Wording");
        List<String> texts = f.lkgAll("text");
        if (texts.isEmpty()) h.el("p", "（清单未引用其原文 the lists quote no wording）", "class", "empty");
        texts.forEach(t -> h.el("blockquote", t, "class", "wording"));

        List<Row> parts = blocks.rows("provision-parts", iri);
        if (!parts.isEmpty()) {
            h.el("h2", "下级条款 Parts");
            h.open("ul");
            for (Row r : parts) {
                h.open("li");
                blocks.link(h, r.get("part"), r.get("label", r.get("number")));
                if (r.has("text")) h.el("span", " " + r.get("text"), "class", "excerpt");
                h.close("li");
            }
            h.close("ul");
        }

        h.el("h2", "依据本条的事项 Items resting on it");
        List<Row> items = blocks.rows("provision-items", iri);
        h.open("table", "class", "items").open("thead").open("tr").el("th", "序号").el("th", "事项 Item").el("th", "所引 Cited")
                .el("th", "方式 How").close("tr").close("thead").open("tbody");
        for (Row r : items) {
            h.open("tr").el("td", r.get("section") + "-" + r.get("number")).open("td");
            blocks.link(h, r.get("item"), r.get("itemName"));
            h.close("td").open("td");
            blocks.link(h, r.get("cited"), r.get("citedLabel"));
            h.close("td").open("td", "class", r.is("direct") ? "direct" : "via");
            if (r.is("direct")) h.text("直接 direct");
            else {
                h.text("经 via ");
                blocks.link(h, r.get("via"), r.get("viaLabel"));
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        if (items.isEmpty()) h.el("p", "（无 none）", "class", "empty");

        h.el("h2", "规定的处罚 Sanctions");
        blocks.sanctions(h, blocks.rows("provision-sanctions", iri));
        List<Node> citedBy = f.incoming(ELI + "cites");
        List<Node> cites = f.all(ELI + "cites");
        if (!citedBy.isEmpty() || !cites.isEmpty()) {
            h.el("h2", "援引 References");
            h.open("ul");
            citedBy.forEach(n -> { h.open("li").text("被援引 referred to by "); blocks.link(h, n.getURI(), f.label(n)); h.close("li"); });
            cites.forEach(n -> { h.open("li").text("援引 refers to "); blocks.link(h, n.getURI(), f.label(n)); h.close("li"); });
            h.close("ul");
        }
        h.open("p").a(blocks.iris().href("/impact") + "?ref=" + org.w3id.lkg.service.linkeddata.WebIris.param(f.label()), "影响分析 Impact of " + f.label()).close("p");
        blocks.graph(h, iri);
        blocks.facts(h, d, f);
        String kind = f.is(Lkg.NS + "Article") ? "条 Article" : f.is(Lkg.NS + "Paragraph") ? "款 Paragraph" : "项 Point";
        return new Layout.Page(f.label(), kind, h, blocks.sparql("provision-items", iri));
    }
}
