package org.w3id.lkg.service.page;

import java.util.List;

import org.apache.jena.graph.Node;
import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.service.linkeddata.Description;
import org.w3id.lkg.service.linkeddata.WebIris;

/** A legal document: rank, versions, aliases, supersession, the provisions cited and how often, the items resting on it. */
@Component
class DocumentPage {
    private final Blocks blocks;

    DocumentPage(Blocks blocks) {
        this.blocks = blocks;
    }

    Layout.Page write(Description d, Facts f) {
        Html h = new Html();
        String iri = d.iri();
        h.open("dl", "class", "summary");
        h.row("位阶 Rank", () -> f.all(Lkg.NS + "rank").forEach(n -> blocks.link(h, n.getURI(), f.label(n))));
        List<String> aliases = f.lkgAll("alias");
        if (!aliases.isEmpty()) h.row("别名 Aliases", () -> h.text(String.join("、", aliases)));
        if (f.lkg("issuingBody") != null) h.row("制定机关 Issued by", () -> h.text(f.lkg("issuingBody")));
        f.english(f.self()).ifPresent(en -> h.row("English", () -> h.text(en)));
        List<Node> superseded = f.all(Lkg.NS + "supersededBy");
        if (!superseded.isEmpty()) h.row("已被取代 Superseded by", () -> superseded.forEach(n -> blocks.link(h, n.getURI(), f.label(n))));
        List<Node> supersedes = f.incoming(Lkg.NS + "supersededBy");
        if (!supersedes.isEmpty()) h.row("取代 Supersedes", () -> supersedes.forEach(n -> blocks.link(h, n.getURI(), f.label(n))));
        h.close("dl");

        h.el("h2", "版本 Versions");
        List<Row> versions = blocks.rows("document-versions", iri);
        h.open("ul");
        for (Row r : versions) {
            h.open("li");
            blocks.link(h, r.get("version"), r.get("date", "?") + " " + r.get("event", ""));
            h.close("li");
        }
        h.close("ul");
        if (versions.isEmpty()) h.el("p", "（无 none）", "class", "empty");

        h.el("h2", "被引用的条款 Provisions cited");
        List<Row> provisions = blocks.rows("document-provisions", iri);
        h.open("table").open("thead").open("tr").el("th", "条款 Provision").el("th", "引用事项数 Items").close("tr").close("thead").open("tbody");
        for (Row r : provisions) {
            h.open("tr").open("td");
            blocks.link(h, r.get("provision"), r.get("label"));
            h.close("td").el("td", r.get("items")).close("tr");
        }
        h.close("tbody").close("table");

        h.el("h2", "依据本法的事项 Items resting on it");
        blocks.items(h, blocks.rows("document-items", iri), ItemPage.columns("citations", "引用次数 Citations"));
        h.open("p").a(blocks.iris().href("/impact") + "?ref=" + WebIris.param(f.label()), "影响分析 Impact of " + f.label()).close("p");
        blocks.graph(h, iri);
        blocks.facts(h, d, f);
        return new Layout.Page(f.label(), "法律文件 Legal document", h, blocks.sparql("document-items", iri));
    }
}
