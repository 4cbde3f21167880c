package org.w3id.lkg.ingest.rdf;

import static org.w3id.lkg.ingest.list.ColumnRole.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.lkg.ingest.analysis.AnalysedItem;
import org.w3id.lkg.ingest.analysis.AnalysedListHandler;
import org.w3id.lkg.ingest.analysis.CitedWorks;
import org.w3id.lkg.ingest.analysis.ListSection;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.extract.Party;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.list.PowerItemRecord;
import org.w3id.lkg.ingest.list.TitleLine;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.ontology.FindingKind;

/**
 * Serialises an analysed power list as RDF while it streams past: the list, its sections, every item with its
 * organisations, steps and citations, every finding, and at the end what the list cites (documents, versions,
 * provisions, wording, sanctions). It writes what it is given and decides nothing: the analysis stage
 * ({@link org.w3id.lkg.ingest.analysis.PowerListAnalyser}) has already read, resolved and checked it.
 */
public final class PowerListRdfWriter implements AnalysedListHandler {
    private final Statements st;
    private final IriScheme iris;
    private final String listKey;
    private final String listIri;
    private final String sourceFile;
    private final ProvisionIris provisions;
    private final CitationWriter citations;
    private final FindingWriter findings;
    private final SanctionWriter sanctions;
    private final CitedWorksWriter works;
    /** Organisations and units already described: one description each, however many items name them. */
    private final Set<String> organisations = new HashSet<>();
    private boolean begun;
    private boolean titled;
    private int items;

    /** Writes to {@code out}; the registry's own description of a registered document is copied for each one cited. */
    public PowerListRdfWriter(StreamRDF out, IriScheme iris, String listKey, String sourceFile, DocumentRegistry registry) {
        this.st = new Statements(out);
        this.iris = iris;
        this.listKey = listKey;
        this.listIri = iris.list(listKey);
        this.sourceFile = sourceFile;
        this.provisions = new ProvisionIris(iris);
        this.findings = new FindingWriter(st, iris, listKey);
        this.citations = new CitationWriter(st, iris, listIri, provisions);
        this.sanctions = new SanctionWriter(st, iris, listIri, provisions);
        this.works = new CitedWorksWriter(st, iris, registry, provisions);
    }

    public int items() { return items; }

    public int citations() { return citations.count(); }

    /** The distinct item → provision links of 实施依据 written. */
    public int basisLinks() { return citations.basisLinks(); }

    public int findings() { return findings.count(); }

    public int sanctions() { return sanctions.count(); }

    public long triples() { return st.count(); }

    private void begin() {
        if (begun) return;
        begun = true;
        st.type(listIri, Lkg.PowerList);
        st.string(listIri, Lkg.sourceFile, sourceFile);
    }

    @Override
    public void title(TitleLine title) {
        begin();
        titled = true;
        st.zh(listIri, RDFS.label, title.text());
        if (title.declaredTotal() != null) st.integer(listIri, Lkg.declaredItemCount, title.declaredTotal());
        if (title.issuer() != null) st.add(listIri, Lkg.issuer, organisation(title.issuer()));
    }

    @Override
    public void section(ListSection s) {
        begin();
        String iri = iris.section(listKey, s.number());
        if (s.opened()) {
            st.type(iri, Lkg.CatalogueSection);
            st.add(iri, Lkg.inList, listIri);
            st.integer(iri, Lkg.sectionNumber, s.number());
            if (s.declaredCount() != null) st.integer(iri, Lkg.declaredItemCount, s.declaredCount());
        }
        st.zh(iri, RDFS.label, s.label());
        if (s.powerType() != null) st.add(iri, Lkg.powerType, s.powerType());
    }

    @Override
    public void item(AnalysedItem a) {
        begin();
        items++;
        PowerItemRecord r = a.record();
        String iri = iris.item(listKey, r.section(), r.number());
        st.type(iri, Lkg.PowerItem);
        st.add(iri, Lkg.inList, listIri);
        st.add(iri, Lkg.section, iris.section(listKey, r.section()));
        st.integer(iri, Lkg.itemNumber, r.number());
        st.zh(iri, Lkg.itemName, r.name());
        st.zh(iri, RDFS.label, r.name());
        st.zh(iri, Lkg.subItemName, r.text(SUB_ITEM));
        st.string(iri, DCTerms.identifier, r.text(CODE));
        st.zh(iri, Lkg.declaredPowerType, r.text(POWER_TYPE));
        if (a.powerType() != null) st.add(iri, Lkg.powerType, a.powerType());
        organisations(iri, r);
        st.zh(iri, Lkg.level, r.text(LEVEL));
        st.zh(iri, Lkg.authorityScope, r.text(SCOPE));
        st.zh(iri, Lkg.duty, r.text(DUTY));
        st.zh(iri, Lkg.responsibility, r.text(RESPONSIBILITY));
        st.zh(iri, Lkg.responsibilityBasis, r.text(RESPONSIBILITY_BASIS));
        st.zh(iri, Lkg.legalBasisText, r.text(BASIS));
        st.zh(iri, Lkg.accountablePersons, r.text(ACCOUNTABLE));
        st.zh(iri, Lkg.accountabilitySituations, r.text(ACCOUNTABILITY));
        st.zh(iri, Lkg.remark, r.text(REMARK));
        st.integer(iri, Lkg.sourceLine, r.position().line());
        st.integer(iri, Lkg.sourceColumn, r.position().column());
        st.string(iri, Lkg.sourceSheet, r.position().sheet());
        st.add(iri, Prov.wasDerivedFrom, listIri);
        labelledValues(iri, r);
        for (PowerItemRecord sub : r.subItems()) st.zh(iri, Lkg.subItemName, sub.text(SUB_ITEM));
        a.findings().forEach(this::finding);
        steps(iri, a.steps());
        for (String person : a.accountablePersons()) st.zh(iri, Lkg.accountablePerson, person);
        for (String situation : a.accountabilitySituations()) st.zh(iri, Lkg.accountabilitySituation, situation);
        for (Party p : a.parties()) st.add(iri, Lkg.actsOn, IriScheme.concept("party", p.key()));
        a.citations().forEach(c -> citations.write(iri, c));
        if (a.nameSanctions() != null) sanctions.write(iri, a.nameSanctions());
    }

    // Responsibilities are ordered steps.
    private void steps(String itemIri, List<String> steps) {
        for (int i = 0; i < steps.size(); i++) {
            String step = iris.step(itemIri, i + 1);
            st.type(step, Lkg.ResponsibilityStep);
            st.add(itemIri, Lkg.responsibilityStep, step);
            st.integer(step, Lkg.order, i + 1);
            st.zh(step, RDFS.label, steps.get(i));
        }
    }

    private void organisations(String iri, PowerItemRecord r) {
        String body = r.text(BODY);
        if (body.isEmpty()) return;
        String bodyIri = organisation(body);
        st.add(iri, Lkg.exercisedBy, bodyIri);
        String unit = r.text(UNIT);
        if (unit.isEmpty()) return;
        String unitIri = iris.unit(bodyIri, unit);
        st.add(iri, Lkg.handledBy, unitIri);
        if (organisations.add(unitIri)) {
            st.type(unitIri, Org.OrganizationalUnit);
            st.add(unitIri, Org.unitOf, bodyIri);
            st.zh(unitIri, SKOS.prefLabel, unit);
            st.zh(unitIri, RDFS.label, unit);
        }
    }

    private String organisation(String name) {
        String iri = iris.organization(name);
        if (organisations.add(iri)) {
            st.type(iri, Org.Organization);
            st.zh(iri, SKOS.prefLabel, name);
            st.zh(iri, RDFS.label, name);
        }
        return iri;
    }

    @Override
    public void finding(Finding f) {
        begin();
        findings.write(f);
    }

    @Override
    public void end(CitedWorks cited) {
        begin();
        // A list with no title line (a CSV of items, a page whose title is outside its table) is named by its file.
        if (!titled) st.zh(listIri, RDFS.label, sourceFile.contains(".") ? sourceFile.substring(0, sourceFile.lastIndexOf('.')) : sourceFile);
        cited.sanctions().forEach(s -> sanctions.write(s));
        works.write(cited);
    }

    // Cells of columns no role fits, and of sub-item rows whatever differs from the item's own row: nothing is lost.
    private void labelledValues(String iri, PowerItemRecord r) {
        int n = 0;
        for (var v : r.others()) n = labelledValue(iri, n, v.label(), v.text());
        for (PowerItemRecord sub : r.subItems()) {
            for (var v : sub.others()) n = labelledValue(iri, n, v.label(), v.text());
            for (var f : sub.fields().values()) {
                if (f.role() == SUB_ITEM || f.role() == BASIS || f.role() == RESPONSIBILITY_BASIS || f.isEmpty()) continue;
                if (!f.text().equals(r.text(f.role()))) n = labelledValue(iri, n, f.role().label(), f.text());
            }
        }
    }

    private int labelledValue(String item, int n, String label, String text) {
        if (text.isEmpty()) return n;
        String v = item + "/value/" + (n + 1);
        st.type(v, Lkg.LabelledValue);
        st.add(item, Lkg.labelledValue, v);
        st.zh(v, RDFS.label, label);
        st.zh(v, org.apache.jena.vocabulary.RDF.value, text);
        return n + 1;
    }
}
