package org.w3id.lkg.ingest.rdf;

import java.util.function.Consumer;

import org.apache.jena.vocabulary.RDFS;
import org.w3id.lkg.ingest.extract.ExtractionProblem;
import org.w3id.lkg.ingest.extract.Party;
import org.w3id.lkg.ingest.extract.Sanction;
import org.w3id.lkg.ingest.extract.SanctionExtraction;
import org.w3id.lkg.ingest.extract.SanctionExtractor;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.ontology.FindingKind;

/**
 * Writes the sanctions an article prescribes, read from the wording the list quotes for it: one lkg:Sanction per
 * (article, type, condition), linked to the article so that every item citing it reaches them.
 */
final class SanctionWriter {
    private final Statements st;
    private final String listIri;
    private final SanctionExtractor extractor;
    private final Consumer<Finding> findings;
    private final IriScheme iris;
    private int count;

    SanctionWriter(Statements st, IriScheme iris, String listIri, SanctionExtractor extractor, Consumer<Finding> findings) {
        this.st = st;
        this.iris = iris;
        this.listIri = listIri;
        this.extractor = extractor;
        this.findings = findings;
    }

    int count() { return count; }

    /** Sanctions in the quoted wording of {@code provisionIri}; problems become findings at {@code at}. */
    void fromWording(String provisionIri, String provisionLabel, String wording, SourcePosition at) {
        SanctionExtraction x = extractor.extract(wording);
        write(provisionIri, provisionLabel, x, at, null);
        for (ExtractionProblem p : x.problems()) {
            findings.accept(new Finding(p.kind(), provisionLabel + ": " + p.message(), at, p.text(),
                    new Finding.ListSubject()));
        }
    }

    /**
     * Sanctions named only in an item's name (训诫、警告 …) when no cited article is quoted. They hang under the item:
     * two items citing the same article name it differently, and one article-level resource would carry both
     * conditions (which the shapes refuse).
     */
    void fromItemName(String itemIri, String provisionIri, String provisionLabel, String itemName, SourcePosition at) {
        write(itemIri, provisionIri, provisionLabel, extractor.fromItemName(itemName), at, "据事项名称：" + itemName);
    }

    private void write(String provisionIri, String provisionLabel, SanctionExtraction x, SourcePosition at, String note) {
        write(provisionIri, provisionIri, provisionLabel, x, at, note);
    }

    private void write(String ownerIri, String provisionIri, String provisionLabel, SanctionExtraction x, SourcePosition at,
                       String note) {
        for (Sanction s : x.sanctions()) {
            String iri = iris.sanction(ownerIri, s.localName());
            count++;
            st.type(iri, Lkg.Sanction);
            st.add(iri, Lkg.prescribedBy, provisionIri);
            st.add(provisionIri, Lkg.prescribes, iri);
            st.add(iri, Lkg.sanctionType, IriScheme.concept("sanction-type", s.type().key()));
            st.zh(iri, RDFS.label, provisionLabel + "：" + s.type().label() + (s.serious() ? "（情节严重）" : ""));
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
            st.zh(iri, Lkg.condition, note != null ? note : s.condition());
            st.integer(iri, Lkg.sourceLine, at.line());
            st.integer(iri, Lkg.sourceColumn, at.column());
            st.add(iri, Prov.wasDerivedFrom, listIri);
        }
    }
}
