package org.w3id.lkg.service.page;

import java.util.List;

import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.service.linkeddata.Description;
import org.w3id.lkg.service.linkeddata.HtmlView;
import org.w3id.lkg.service.linkeddata.WebIris;

/** Chooses the page for a resource by its class: item, provision, document, list, organisation, concept, scheme, ontology, or the plain table of facts. */
@Component
class ResourcePages implements HtmlView {
    static final String ORG = "http://www.w3.org/ns/org#", SKOS = "http://www.w3.org/2004/02/skos/core#";

    private final Layout layout;
    private final ItemPage item;
    private final ProvisionPage provision;
    private final DocumentPage document;
    private final ListPage list;
    private final GroupPages groups;
    private final Blocks blocks;

    ResourcePages(Layout layout, ItemPage item, ProvisionPage provision, DocumentPage document, ListPage list, GroupPages groups, Blocks blocks) {
        this.layout = layout;
        this.item = item;
        this.provision = provision;
        this.document = document;
        this.list = list;
        this.groups = groups;
        this.blocks = blocks;
    }

    @Override
    public String page(Description d, String path, List<Alternate> alternates) {
        Facts f = new Facts(d.graph(), d.iri());
        Layout.Page page;
        if (d.iri().equals(WebIris.ONTOLOGY)) page = groups.ontology(d);
        else if (f.is(Lkg.NS + "PowerItem")) page = item.write(d, f);
        else if (f.is(Lkg.NS + "Article") || f.is(Lkg.NS + "Paragraph") || f.is(Lkg.NS + "Point")) page = provision.write(d, f);
        else if (f.is(Lkg.NS + "LegalDocument")) page = document.write(d, f);
        else if (f.is(Lkg.NS + "PowerList")) page = list.write(d, f);
        else if (f.is(ORG + "Organization") || f.is(ORG + "OrganizationalUnit")) page = groups.organization(d, f);
        else if (f.is(SKOS + "ConceptScheme")) page = groups.scheme(d, f);
        else if (f.is(SKOS + "Concept")) page = groups.concept(d, f);
        else page = plain(d, f);
        return layout.write(page, alternates);
    }

    private Layout.Page plain(Description d, Facts f) {
        Html h = new Html();
        h.open("p", "class", "iri").text("IRI: ").el("code", d.iri()).close("p");
        blocks.facts(h, d, f);
        String kind = f.types().stream().map(blocks::curie).sorted().reduce((a, b) -> a + ", " + b).orElse("");
        return new Layout.Page(f.label(), kind, h, "DESCRIBE <" + d.iri() + ">");
    }
}
