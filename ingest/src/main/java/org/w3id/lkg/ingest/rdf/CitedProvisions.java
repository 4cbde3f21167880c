package org.w3id.lkg.ingest.rdf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.citation.ProvisionNumber;
import org.w3id.lkg.ingest.citation.RegisteredDocument;
import org.w3id.lkg.ontology.Eli;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;

/**
 * The documents, versions and provisions a list cites, gathered while items stream past and written once at
 * the end, so each is described once however many items cite it. Memory grows with distinct provisions, not rows.
 */
final class CitedProvisions {
    /** What we know of a cited document: its key and titles. */
    record Doc(String key, String title, RegisteredDocument registered, String rankIri) {}

    private final IriScheme iris;
    private final DocumentRegistry registry;
    private final Map<String, Doc> documents = new LinkedHashMap<>();
    /** A provision of a document, by its numbers. */
    private record Cited(String docKey, ProvisionNumber number) {}

    /** A version of a document, named by its date and the event of that date (通过, 修正 …). */
    private record Version(String docKey, LocalDate date, String event) {}

    private final Map<String, Version> versions = new LinkedHashMap<>();
    private final Map<String, Cited> provisions = new LinkedHashMap<>();
    private final Map<String, String> wording = new LinkedHashMap<>();
    private final Map<String, org.w3id.lkg.ingest.table.SourcePosition> quotedAt = new LinkedHashMap<>();
    private final Set<java.util.List<String>> references = new LinkedHashSet<>();  // via provision → cited

    CitedProvisions(IriScheme iris, DocumentRegistry registry) {
        this.iris = iris;
        this.registry = registry;
    }

    Doc document(RegisteredDocument d) { return document(d.key(), d.canonicalTitle(), d, d.rankIri()); }

    Doc document(String key, String title, RegisteredDocument registered, String rankIri) {
        return documents.computeIfAbsent(key, k -> new Doc(k, title, registered, rankIri));
    }

    /** Registers the provision (and its parents) and returns its IRI; the document itself for article 0. */
    String provision(String docKey, ProvisionNumber n) {
        if (n.isDocument()) return iris.document(docKey);
        if (n.isEntry()) {
            // An entry of the document's annexed catalogue (第75项): a point of the document itself.
            String iri = iris.document(docKey) + "/point/" + n.point();
            provisions.putIfAbsent(iri, new Cited(docKey, n));
            return iri;
        }
        provisions.putIfAbsent(iris.article(docKey, n.article()), new Cited(docKey, ProvisionNumber.article(n.article())));
        if (n.paragraph() > 0) provisions.putIfAbsent(iris.paragraph(docKey, n.article(), n.paragraph()),
                new Cited(docKey, new ProvisionNumber(n.article(), n.paragraph(), 0)));
        if (n.point() > 0) {
            String iri = iris.point(docKey, n.article(), n.paragraph(), n.point());
            provisions.putIfAbsent(iri, new Cited(docKey, n));
            return iri;
        }
        return n.paragraph() > 0 ? iris.paragraph(docKey, n.article(), n.paragraph()) : iris.article(docKey, n.article());
    }

    String version(String docKey, LocalDate date, String event) {
        String iri = iris.version(docKey, date.toString());
        versions.putIfAbsent(iri, new Version(docKey, date, event));
        return iri;
    }

    /** Keeps the longest wording quoted for a provision: lists abbreviate, and the fuller text is the better record. */
    void wording(String provisionIri, String text, org.w3id.lkg.ingest.table.SourcePosition at) {
        if (text == null || text.isBlank()) return;
        quotedAt.putIfAbsent(provisionIri, at);
        wording.merge(provisionIri, text, (a, b) -> b.length() > a.length() ? b : a);
    }

    Map<String, String> wordings() { return wording; }

    /** Where a provision's wording was first quoted. */
    org.w3id.lkg.ingest.table.SourcePosition quotedAt(String provisionIri) { return quotedAt.get(provisionIri); }

    void reference(String fromProvision, String toProvision) { references.add(java.util.List.of(fromProvision, toProvision)); }

    void write(Statements st) {
        for (Doc d : documents.values()) writeDocument(st, d);
        for (var e : versions.entrySet()) writeVersion(st, e.getKey(), e.getValue());
        for (var e : provisions.entrySet()) writeProvision(st, e.getKey(), e.getValue().docKey(), e.getValue().number());
        for (var e : wording.entrySet()) st.zh(e.getKey(), Lkg.text, e.getValue());
        for (var r : references) st.add(r.get(0), Eli.cites, r.get(1));
    }

    private void writeDocument(Statements st, Doc d) {
        String iri = iris.document(d.key());
        if (d.registered() != null) {
            copyRegistry(st, registry.model().getResource(d.registered().iri()));
            registry.model().listSubjectsWithProperty(Lkg.versionOf, registry.model().getResource(d.registered().iri()))
                    .forEachRemaining(v -> copyRegistry(st, v));
            return;
        }
        st.type(iri, Lkg.LegalDocument);
        st.zh(iri, Lkg.canonicalTitle, d.title());
        st.zh(iri, RDFS.label, d.title());
        st.string(iri, Lkg.key, d.key());
        if (d.rankIri() != null) st.add(iri, Lkg.rank, d.rankIri());
    }

    // Registry IRIs are written under the default base; rebase them to this graph's base.
    private void copyRegistry(Statements st, Resource subject) {
        for (Statement s : subject.listProperties().toList()) {
            st.emit(rebase(s.getSubject()), s.getPredicate().asNode(), rebase(s.getObject()));
        }
    }

    private Node rebase(RDFNode n) {
        if (n.isURIResource() && n.asResource().getURI().startsWith(Lkg.DEFAULT_DATA_BASE)) {
            return NodeFactory.createURI(iris.base() + n.asResource().getURI().substring(Lkg.DEFAULT_DATA_BASE.length()));
        }
        return n.asNode();
    }

    // A version the registry already describes was copied with its document; only versions it lacks are written.
    private void writeVersion(Statements st, String iri, Version v) {
        RegisteredDocument registered = registry.byKey(v.docKey());
        if (registered != null && registered.versions().containsKey(v.date())) return;
        st.type(iri, Lkg.DocumentVersion);
        st.add(iri, Lkg.versionOf, iris.document(v.docKey()));
        st.date(iri, Lkg.versionDate, v.date());
        st.zh(iri, Lkg.versionEvent, v.event());
        st.zh(iri, RDFS.label, title(v.docKey()) + "（" + v.date() + "）");
    }

    /** A provision's label, e.g. 中华人民共和国律师法第四十九条. */
    String label(String provisionIri) {
        Cited p = provisions.get(provisionIri);
        return p == null ? provisionIri : title(p.docKey()) + p.number().label();
    }

    private String title(String docKey) {
        Doc d = documents.get(docKey);
        return d == null ? docKey : d.registered() != null ? d.registered().canonicalTitle() : d.title();
    }

    private void writeProvision(Statements st, String iri, String docKey, ProvisionNumber n) {
        String doc = iris.document(docKey);
        String title = title(docKey);
        Resource type = n.point() > 0 ? Lkg.Point : n.paragraph() > 0 ? Lkg.Paragraph : Lkg.Article;
        int number = n.point() > 0 ? n.point() : n.paragraph() > 0 ? n.paragraph() : n.article();
        String parent = n.isEntry() ? doc : n.point() > 0 ? (n.paragraph() > 0 ? iris.paragraph(docKey, n.article(), n.paragraph()) : iris.article(docKey, n.article()))
                : n.paragraph() > 0 ? iris.article(docKey, n.article()) : doc;
        st.type(iri, type);
        st.integer(iri, Lkg.number, number);
        st.add(iri, Eli.is_part_of, parent);
        st.add(iri, Lkg.inDocument, doc);
        st.zh(iri, RDFS.label, title + n.label());
    }
}
