package org.w3id.lkg.ingest.rdf;

import org.apache.jena.vocabulary.RDFS;
import org.w3id.lkg.ingest.analysis.PrescribedSanctions;
import org.w3id.lkg.ingest.extract.Party;
import org.w3id.lkg.ingest.extract.Sanction;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.ontology.FindingKind;

/**
 * Writes the sanctions a provision prescribes: one lkg:Sanction per (provision, type, condition), linked to the
 * provision so that every item citing it reaches them. Those read from an item's name hang under the item: two items
 * citing the same article name it differently, and one article-level resource would carry both conditions (which the
 * shapes refuse).
 */
final class SanctionWriter {
    private final Statements st;
    private final IriScheme iris;
    private final String listIri;
    private final ProvisionIris provisions;
    private int count;

    SanctionWriter(Statements st, IriScheme iris, String listIri, ProvisionIris provisions) {
        this.st = st;
        this.iris = iris;
        this.listIri = listIri;
        this.provisions = provisions;
    }

    int count() { return count; }

    /** The sanctions read from a provision's quoted wording, named under the provision. */
    void write(PrescribedSanctions s) { write(provisions.of(s.provision()), s); }

    /** The sanctions an item's name names, named under {@code ownerIri} (the item). */
    void write(String ownerIri, PrescribedSanctions x) {
        String provisionIri = provisions.of(x.provision());
        for (Sanction s : x.sanctions()) {
            String iri = iris.sanction(ownerIri, s.localName());
            count++;
            st.type(iri, Lkg.Sanction);
            st.add(iri, Lkg.prescribedBy, provisionIri);
            st.add(provisionIri, Lkg.prescribes, iri);
            st.add(iri, Lkg.sanctionType, IriScheme.concept("sanction-type", s.type().key()));
            st.zh(iri, RDFS.label, x.provisionLabel() + "：" + s.type().label() + (s.serious() ? "（情节严重）" : ""));
            st.decimal(iri, Lkg.minFineYuan, s.minYuan());
            st.decimal(iri, Lkg.maxFineYuan, s.maxYuan());
            st.decimal(iri, Lkg.minMultiple, s.minMultiple());
            st.decimal(iri, Lkg.maxMultiple, s.maxMultiple());
            if (s.duration() != null) {
                st.duration(iri, Lkg.minDuration, s.duration().minLexical());
                st.duration(iri, Lkg.maxDuration, s.duration().maxLexical());
            }
            st.zh(iri, Lkg.imposingAuthority, s.authority());
            for (Party p : s.parties()) st.add(iri, Lkg.fallsOn, IriScheme.concept("party", p.key()));
            st.bool(iri, Lkg.serious, s.serious());
            st.zh(iri, Lkg.condition, x.note() != null ? x.note() : s.condition());
            st.integer(iri, Lkg.sourceLine, x.position().line());
            st.integer(iri, Lkg.sourceColumn, x.position().column());
            st.add(iri, Prov.wasDerivedFrom, listIri);
        }
    }
}
