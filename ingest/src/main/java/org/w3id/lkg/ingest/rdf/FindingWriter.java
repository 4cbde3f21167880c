package org.w3id.lkg.ingest.rdf;

import org.apache.jena.vocabulary.RDFS;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;

/** Writes each finding as an lkg:QualityFinding that SPARQL can list, with its kind, message, position and subject. */
final class FindingWriter {
    private final Statements st;
    private final IriScheme iris;
    private final String listKey;
    private final String listIri;
    private int count;

    FindingWriter(Statements st, IriScheme iris, String listKey) {
        this.st = st;
        this.iris = iris;
        this.listKey = listKey;
        this.listIri = iris.list(listKey);
    }

    int count() { return count; }

    void write(Finding f) {
        String iri = iris.finding(listKey, ++count);
        st.type(iri, Lkg.QualityFinding);
        st.add(iri, Lkg.findingKind, f.kind().iri());
        st.string(iri, Lkg.message, f.message());
        st.zh(iri, RDFS.label, f.kind().notation() + " @ " + f.position().line() + ":" + f.position().column());
        st.string(iri, Lkg.rawValue, f.raw() == null ? null : abbreviate(f.raw()));
        st.integer(iri, Lkg.sourceLine, f.position().line());
        st.integer(iri, Lkg.sourceColumn, f.position().column());
        st.string(iri, Lkg.sourceSheet, f.position().sheet());
        st.add(iri, Prov.wasDerivedFrom, listIri);
        st.add(iri, Lkg.concerns, subject(f.subject()));
    }

    private String subject(Finding.Subject s) {
        if (s instanceof Finding.ItemSubject i) return iris.item(listKey, i.section(), i.number());
        if (s instanceof Finding.DocumentSubject d) return iris.document(d.documentKey());
        return listIri;
    }

    // The raw cell can be kilobytes of quoted law; the finding needs enough to recognise it.
    private static String abbreviate(String raw) { return raw.length() > 300 ? raw.substring(0, 300) + "…" : raw; }
}
