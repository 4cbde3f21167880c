package org.w3id.lkg.ingest.rdf;

import org.apache.jena.vocabulary.RDFS;
import org.w3id.lkg.ingest.analysis.AnalysedCitation;
import org.w3id.lkg.ingest.analysis.CitedVersion;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.ontology.FindingKind;

/** Writes one analysed citation as an lkg:Citation of its item. */
final class CitationWriter {
    private final Statements st;
    private final IriScheme iris;
    private final String listIri;
    private final ProvisionIris provisions;
    private int count;

    CitationWriter(Statements st, IriScheme iris, String listIri, ProvisionIris provisions) {
        this.st = st;
        this.iris = iris;
        this.listIri = listIri;
        this.provisions = provisions;
    }

    private final java.util.Set<String> basisLinks = new java.util.HashSet<>();

    int count() { return count; }

    /** The distinct item → provision links of 实施依据 written so far, direct or not (as {@code lkg query citations} lists them). */
    int basisLinks() { return basisLinks.size(); }

    void write(String itemIri, AnalysedCitation a) {
        String c = iris.citation(itemIri, a.ordinal());
        String provision = provisions.of(a.provision());
        count++;
        if ("实施依据".equals(a.basisField())) basisLinks.add(itemIri + " " + provision + " " + a.direct());
        st.type(c, Lkg.Citation);
        st.add(c, Lkg.citingItem, itemIri);
        st.add(itemIri, Lkg.hasCitation, c);
        st.add(c, Lkg.citedDocument, iris.document(a.document().key()));
        if (!a.provision().isDocument()) st.add(c, Lkg.citedProvision, provision);
        st.zh(c, Lkg.citedTitle, a.titleAsWritten());
        st.zh(c, Lkg.citationText, a.text());
        st.bool(c, Lkg.direct, a.direct());
        if (a.via() != null) st.add(c, Lkg.via, provisions.of(a.via()));
        st.string(c, Lkg.basisField, a.basisField());
        st.integer(c, Lkg.sourceLine, a.position().line());
        st.integer(c, Lkg.sourceColumn, a.position().column());
        st.add(c, Prov.wasDerivedFrom, listIri);
        st.zh(c, RDFS.label, a.label());
        st.zh(c, Lkg.citedText, a.wording());
        CitedVersion v = a.version();
        if (v != null) st.add(c, Lkg.citedVersion, iris.version(v.documentKey(), v.date().toString()));
        if (a.reliedOn()) st.add(itemIri, Lkg.reliesOn, provision);
    }
}
