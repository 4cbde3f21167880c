package org.w3id.lkg.ingest.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.lkg.ingest.analysis.CitedDocument;
import org.w3id.lkg.ingest.analysis.CitedProvision;
import org.w3id.lkg.ingest.analysis.CitedVersion;
import org.w3id.lkg.ingest.analysis.CitedWorks;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.citation.ProvisionNumber;
import org.w3id.lkg.ontology.Eli;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;

/**
 * Writes what a list cites, once, after its last item: each document (a registered one as the registry describes it,
 * an unknown one as written), the versions the registry lacks, each provision with its place in its document, the
 * wording quoted for it, and which provision's wording refers to which.
 */
final class CitedWorksWriter {
    private final Statements st;
    private final IriScheme iris;
    private final DocumentRegistry registry;
    private final ProvisionIris provisions;

    CitedWorksWriter(Statements st, IriScheme iris, DocumentRegistry registry, ProvisionIris provisions) {
        this.st = st;
        this.iris = iris;
        this.registry = registry;
        this.provisions = provisions;
    }

    void write(CitedWorks works) {
        for (CitedDocument d : works.documents()) document(d);
        for (CitedVersion v : works.versions()) version(works, v);
        for (CitedProvision p : works.provisions()) provision(works, p);
        for (var e : works.wordings().entrySet()) st.zh(provisions.of(e.getKey()), Lkg.text, e.getValue());
        for (CitedWorks.Reference r : works.references()) st.add(provisions.of(r.from()), Eli.cites, provisions.of(r.to()));
    }

    private void document(CitedDocument d) {
        String iri = iris.document(d.key());
        if (d.registered() != null) {
            Resource registered = registry.model().getResource(d.registered().iri());
            copyRegistry(registered);
            registry.model().listSubjectsWithProperty(Lkg.versionOf, registered).forEachRemaining(this::copyRegistry);
            return;
        }
        st.type(iri, Lkg.LegalDocument);
        st.zh(iri, Lkg.canonicalTitle, d.title());
        st.zh(iri, RDFS.label, d.title());
        st.string(iri, Lkg.key, d.key());
        if (d.rankIri() != null) st.add(iri, Lkg.rank, d.rankIri());
    }

    // Registry IRIs are written under the default base; rebase them to this graph's base.
    private void copyRegistry(Resource subject) {
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
    private void version(CitedWorks works, CitedVersion v) {
        CitedDocument d = works.documentOf(v.documentKey());
        if (d != null && d.registered() != null && d.registered().versions().containsKey(v.date())) return;
        String iri = iris.version(v.documentKey(), v.date().toString());
        st.type(iri, Lkg.DocumentVersion);
        st.add(iri, Lkg.versionOf, iris.document(v.documentKey()));
        st.date(iri, Lkg.versionDate, v.date());
        st.zh(iri, Lkg.versionEvent, v.event());
        st.zh(iri, RDFS.label, (d == null ? v.documentKey() : d.displayTitle()) + "（" + v.date() + "）");
    }

    private void provision(CitedWorks works, CitedProvision p) {
        ProvisionNumber n = p.number();
        String iri = provisions.of(p);
        Resource type = n.point() > 0 ? Lkg.Point : n.paragraph() > 0 ? Lkg.Paragraph : Lkg.Article;
        int number = n.point() > 0 ? n.point() : n.paragraph() > 0 ? n.paragraph() : n.article();
        st.type(iri, type);
        st.integer(iri, Lkg.number, number);
        st.add(iri, Eli.is_part_of, provisions.of(p.parent()));
        st.add(iri, Lkg.inDocument, iris.document(p.documentKey()));
        st.zh(iri, RDFS.label, works.label(p));
    }
}
