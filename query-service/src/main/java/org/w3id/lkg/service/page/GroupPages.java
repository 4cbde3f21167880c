package org.w3id.lkg.service.page;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.ontology.OntologyResources;
import org.w3id.lkg.service.linkeddata.Description;

/**
 * The pages of things that group items: a body or unit, a concept (sanction type, party, power type, finding kind,
 * legal rank), a concept scheme, and the ontology.
 */
@Component
class GroupPages {
    private static final String SCHEME = Lkg.SCHEME_NS;
    private final Blocks blocks;

    GroupPages(Blocks blocks) {
        this.blocks = blocks;
    }

    Layout.Page organization(Description d, Facts f) {
        Html h = new Html();
        List<Node> parent = f.all("http://www.w3.org/ns/org#unitOf");
        if (!parent.isEmpty()) {
            h.open("p").text("所属 Unit of ");
            parent.forEach(n -> blocks.link(h, n.getURI(), f.label(n)));
            h.close("p");
        }
        List<Node> units = f.incoming("http://www.w3.org/ns/org#unitOf");
        if (!units.isEmpty()) {
            h.el("h2", "内设机构 Units");
            h.open("ul");
            units.forEach(n -> { h.open("li"); blocks.link(h, n.getURI(), f.label(n)); h.close("li"); });
            h.close("ul");
        }
        h.el("h2", "事项 Items");
        blocks.items(h, blocks.rows("organization-items", d.iri()), ItemPage.columns("powerType", "权力类型", "unitLabel", "承办机构 Unit"));
        blocks.facts(h, d, f);
        String kind = parent.isEmpty() ? "行使主体 Body" : "承办机构 Unit";
        return new Layout.Page(f.label(), kind, h, blocks.sparql("organization-items", d.iri()));
    }

    Layout.Page concept(Description d, Facts f) {
        Html h = new Html();
        String iri = d.iri();
        f.english(f.self()).ifPresent(en -> h.el("p", en, "class", "english"));
        String sparql;
        if (iri.startsWith(SCHEME + "sanction-type/")) {
            h.el("h2", "处罚及其幅度 Sanctions and their bounds");
            List<Row> rows = blocks.rows("sanction-type-sanctions", iri);
            blocks.sanctions(h, rows);
            h.el("h2", "可处以此罚的事项 Items that can impose it");
            h.open("table", "class", "items").open("thead").open("tr").el("th", "事项 Item").el("th", "处罚 Sanction").el("th", "依据 Provision")
                    .close("tr").close("thead").open("tbody");
            for (Row r : rows) {
                if (!r.has("item")) continue;
                h.open("tr").open("td");
                blocks.link(h, r.get("item"), r.get("itemName"));
                h.close("td").el("td", Blocks.wording(r)).open("td");
                blocks.link(h, r.get("provision"), r.get("provisionLabel"));
                h.close("td").close("tr");
            }
            h.close("tbody").close("table");
            sparql = blocks.sparql("sanction-type-sanctions", iri);
        } else if (iri.startsWith(SCHEME + "finding-kind/")) {
            h.el("h2", "数据问题 Findings");
            blocks.findings(h, Row.of(blocks.queries().select("page/findings", Map.of("kind", f.self()))), true);
            sparql = blocks.queries().bound("page/findings", Map.of("kind", f.self())).serialize();
        } else if (iri.startsWith(SCHEME + "legal-rank/")) {
            h.el("h2", "法律文件 Documents");
            h.open("ul");
            f.incoming(Lkg.NS + "rank").forEach(n -> { h.open("li"); blocks.link(h, n.getURI(), f.label(n)); h.close("li"); });
            h.close("ul");
            sparql = "DESCRIBE <" + iri + ">";
        } else {
            h.el("h2", "事项 Items");
            blocks.items(h, blocks.rows("concept-items", iri), ItemPage.columns("unitLabel", "承办机构 Unit"));
            sparql = blocks.sparql("concept-items", iri);
        }
        f.all("http://www.w3.org/2004/02/skos/core#inScheme").forEach(n -> { h.open("p").text("概念体系 Scheme: "); blocks.link(h, n.getURI(), f.label(n)); h.close("p"); });
        blocks.facts(h, d, f);
        return new Layout.Page(f.label(), "概念 Concept · " + Facts.lastSegment(iri), h, sparql);
    }

    Layout.Page scheme(Description d, Facts f) {
        Html h = new Html();
        f.english(f.self()).ifPresent(en -> h.el("p", en, "class", "english"));
        h.open("table").open("thead").open("tr").el("th", "中文").el("th", "English").el("th", "键 Key").close("tr").close("thead").open("tbody");
        for (Row r : blocks.rows("scheme-concepts", d.iri())) {
            h.open("tr").open("td");
            blocks.link(h, r.get("concept"), r.get("zh", r.get("key")));
            h.close("td").el("td", r.get("en", "")).open("td").el("code", r.get("key", "")).close("td").close("tr");
        }
        h.close("tbody").close("table");
        return new Layout.Page(f.label(), "概念体系 Concept scheme", h, blocks.sparql("scheme-concepts", d.iri()));
    }

    Layout.Page ontology(Description d) {
        Model m = OntologyResources.ontology();
        Html h = new Html();
        Resource ont = m.getResource(d.iri());
        m.listObjectsOfProperty(ont, org.apache.jena.vocabulary.DCTerms.description).forEach(o -> h.el("p", o.asLiteral().getString()));
        h.el("h2", "类 Classes");
        terms(h, m, List.of(OWL.Class));
        h.el("h2", "属性 Properties");
        terms(h, m, List.of(OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property, OWL.AnnotationProperty));
        h.el("h2", "概念体系 Concept schemes");
        h.open("ul");
        for (String s : List.of("power-type", "legal-rank", "sanction-type", "party", "finding-kind")) {
            h.open("li");
            blocks.link(h, SCHEME + s, s);
            h.close("li");
        }
        h.close("ul");
        String title = m.listObjectsOfProperty(ont, org.apache.jena.vocabulary.DCTerms.title).toList().stream()
                .filter(n -> n.isLiteral() && n.asLiteral().getLanguage().startsWith("zh")).map(n -> n.asLiteral().getString())
                .findFirst().orElse("本体 Ontology");
        return new Layout.Page(title, "lkg: <" + Lkg.NS + ">", h, "DESCRIBE <" + d.iri() + ">");
    }

    private void terms(Html h, Model m, List<Resource> kinds) {
        h.open("table", "class", "terms").open("thead").open("tr").el("th", "术语 Term").el("th", "名称 Label").el("th", "说明 Comment")
                .close("tr").close("thead").open("tbody");
        java.util.TreeSet<String> done = new java.util.TreeSet<>();
        for (Resource kind : kinds) {
            m.listSubjectsWithProperty(RDF.type, kind).forEach(r -> { if (r.isURIResource() && r.getURI().startsWith(Lkg.NS)) done.add(r.getURI()); });
        }
        for (String iri : done) {
            Resource r = m.getResource(iri);
            String local = iri.substring(Lkg.NS.length());
            h.open("tr", "id", local).open("td").el("code", "lkg:" + local).close("td").open("td");
            m.listObjectsOfProperty(r, RDFS.label).forEach(l -> h.el("div", l.asLiteral().getString()));
            h.close("td").open("td");
            m.listObjectsOfProperty(r, RDFS.comment).forEach(l -> h.el("div", l.asLiteral().getString()));
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
    }
}
