package org.w3id.lkg.ingest.rdf;

import static org.w3id.lkg.ingest.list.ColumnRole.*;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import java.util.List;

import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.extract.EntrySplitter;
import org.w3id.lkg.ingest.extract.EnumeratedText;
import org.w3id.lkg.ingest.extract.Party;
import org.w3id.lkg.ingest.extract.PartyRecognizer;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.list.PowerItemRecord;
import org.w3id.lkg.ingest.list.PowerListHandler;
import org.w3id.lkg.ingest.list.TitleLine;
import org.w3id.lkg.ingest.statute.CitationAudit;
import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ontology.ChineseNumber;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;

/**
 * Writes a power list as RDF while it is read: the list, its sections, every item with its organisations and
 * citations, and every finding; documents and provisions once at the end. Streams into any {@link StreamRDF}.
 */
public final class PowerListRdfWriter implements PowerListHandler {
    private static final Pattern GENERIC_BODY = Pattern.compile("^(县市区|县（市、区）|县\\(市、区\\)|各县|各级|本级)");
    private static final String OTHER_POWERS = IriScheme.concept("power-type", "other-administrative-power");

    private final Statements st;
    private final IriScheme iris;
    private final String listKey;
    private final String listIri;
    private final String sourceFile;
    private final ConceptIndex concepts = ConceptIndex.shared();
    private final CitedProvisions cited;
    private final CitationWriter citations;
    private final FindingWriter findings;
    private final SanctionWriter sanctions;
    private final PartyRecognizer parties;
    private final Set<String> organisations = new HashSet<>();
    private final java.util.Map<Integer, String> sectionTypes = new java.util.HashMap<>();
    private boolean begun;
    private boolean titled;
    private int items;

    /** {@code audit} checks citations against official texts; null to leave them unchecked. */
    public PowerListRdfWriter(StreamRDF out, IriScheme iris, String listKey, String sourceFile, DocumentRegistry registry,
                              CitationAudit audit) {
        this.st = new Statements(out);
        this.iris = iris;
        this.listKey = listKey;
        this.listIri = iris.list(listKey);
        this.sourceFile = sourceFile;
        this.cited = new CitedProvisions(iris, registry);
        this.findings = new FindingWriter(st, iris, listKey);
        this.citations = new CitationWriter(st, iris, listIri, registry, cited, audit, this::finding);
        this.parties = Extractors.parties();
        this.sanctions = new SanctionWriter(st, iris, listIri, Extractors.sanctions(), this::finding);
    }

    public int items() { return items; }

    public int citations() { return citations.citations(); }

    public int findings() { return findings.count(); }

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
    public void section(int number, String label, Integer declaredCount, SourcePosition at) {
        begin();
        String iri = iris.section(listKey, number);
        st.type(iri, Lkg.CatalogueSection);
        st.add(iri, Lkg.inList, listIri);
        st.integer(iri, Lkg.sectionNumber, number);
        if (declaredCount != null) st.integer(iri, Lkg.declaredItemCount, declaredCount);
        if (label != null) sectionLabel(number, label);
    }

    private void sectionLabel(int number, String label) {
        String iri = iris.section(listKey, number);
        st.zh(iri, RDFS.label, label);
        String concept = powerTypeConcept(label);
        if (concept != null) st.add(iri, Lkg.powerType, concept);
        sectionTypes.put(number, concept == null ? "" : concept);
    }

    @Override
    public void item(PowerItemRecord r) {
        begin();
        items++;
        String iri = iris.item(listKey, r.section(), r.number());
        // A section no title line named (a flat list, or 序号 restarting) sorts by nothing we know: guessing its type
        // from its first item would report every other type in it as a mismatch.
        if (!sectionTypes.containsKey(r.section())) {
            sectionTypes.put(r.section(), "");
            st.zh(iris.section(listKey, r.section()), RDFS.label, "第" + ChineseNumber.format(r.section()) + "部分");
        }
        st.type(iri, Lkg.PowerItem);
        st.add(iri, Lkg.inList, listIri);
        st.add(iri, Lkg.section, iris.section(listKey, r.section()));
        st.integer(iri, Lkg.itemNumber, r.number());
        st.zh(iri, Lkg.itemName, r.name());
        st.zh(iri, RDFS.label, r.name());
        st.zh(iri, Lkg.subItemName, r.text(SUB_ITEM));
        st.string(iri, DCTerms.identifier, r.text(CODE));
        powerType(iri, r);
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
        for (var role : java.util.List.of(SCOPE, DUTY, RESPONSIBILITY, REMARK)) {
            r.field(role).ifPresent(f -> citations.formNames(f, r.section(), r.number()));
        }
        enumerations(iri, r);
        for (Party p : parties.ofItem(r.name(), r.text(BASIS))) st.add(iri, Lkg.actsOn, IriScheme.concept("party", p.key()));
        int next = 1;
        if (r.field(BASIS).isPresent()) {
            next = citations.write(iri, r.section(), r.number(), r.field(BASIS).get(), "实施依据", next, true);
            List<String> unquoted = citations.unquotedDirectProvisions();
            // With no wording quoted, the item's own name is the only statement of what it can impose.
            if (!unquoted.isEmpty()) sanctions.fromItemName(iri, unquoted.get(0), cited.label(unquoted.get(0)), r.name(), r.position());
        }
        if (r.field(RESPONSIBILITY_BASIS).isPresent()) {
            next = citations.write(iri, r.section(), r.number(), r.field(RESPONSIBILITY_BASIS).get(), "责任事项依据", next, false);
        }
        // The rows of an item whose name was merged down over them: each sub-item's own name and basis.
        for (PowerItemRecord sub : r.subItems()) {
            st.zh(iri, Lkg.subItemName, sub.text(SUB_ITEM));
            if (sub.field(BASIS).isPresent()) next = citations.write(iri, r.section(), r.number(), sub.field(BASIS).get(), "实施依据", next, true);
            if (sub.field(RESPONSIBILITY_BASIS).isPresent()) {
                next = citations.write(iri, r.section(), r.number(), sub.field(RESPONSIBILITY_BASIS).get(), "责任事项依据", next, false);
            }
        }
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

    // The scheme's concept for a type as written, or as the list's variants of it write it (行政处罚类, 其他职权类).
    private String powerTypeConcept(String written) {
        String concept = concepts.find("power-type", written);
        if (concept != null) return concept;
        String canonical = org.w3id.lkg.ingest.list.PowerTypeName.canonical(written);
        return canonical == null ? null : concepts.find("power-type", canonical);
    }

    // Responsibilities become ordered steps; accountability cells become one value per enumerated entry.
    private void enumerations(String iri, PowerItemRecord r) {
        EnumeratedText steps = EntrySplitter.split(r.text(RESPONSIBILITY));
        for (int i = 0; i < steps.entries().size(); i++) {
            String step = iris.step(iri, i + 1);
            st.type(step, Lkg.ResponsibilityStep);
            st.add(iri, Lkg.responsibilityStep, step);
            st.integer(step, Lkg.order, i + 1);
            st.zh(step, RDFS.label, steps.entries().get(i));
        }
        for (String person : EntrySplitter.split(r.text(ACCOUNTABLE)).entries()) st.zh(iri, Lkg.accountablePerson, person);
        for (String situation : EntrySplitter.split(r.text(ACCOUNTABILITY)).entries()) st.zh(iri, Lkg.accountabilitySituation, situation);
    }

    private void powerType(String iri, PowerItemRecord r) {
        String declared = r.text(POWER_TYPE);
        st.zh(iri, Lkg.declaredPowerType, declared);
        if (declared.isEmpty() && r.inferredPowerType() != null) {
            String inferred = powerTypeConcept(r.inferredPowerType());
            if (inferred == null) return;
            st.add(iri, Lkg.powerType, inferred);
            finding(Finding.ofItem("inferred-power-type", "power type " + r.inferredPowerType()
                    + " inferred from the item name; the list has no type column", r.position(), r.name(), r.section(), r.number()));
            return;
        }
        String concept = powerTypeConcept(declared);
        if (concept == null) {
            if (!declared.isEmpty()) finding(Finding.ofItem("unknown-power-type", "power type 「" + declared
                    + "」 is in no concept scheme", r.field(POWER_TYPE).get().position(), declared, r.section(), r.number()));
            return;
        }
        st.add(iri, Lkg.powerType, concept);
        String sectionType = sectionTypes.getOrDefault(r.section(), "");
        if (!sectionType.isEmpty() && !sectionType.equals(concept) && !sectionType.equals(OTHER_POWERS)) {
            finding(Finding.ofItem("power-type-section-mismatch", "declared power type " + declared
                    + " disagrees with its section", r.field(POWER_TYPE).get().position(), declared, r.section(), r.number()));
        }
    }

    private void organisations(String iri, PowerItemRecord r) {
        String body = r.text(BODY);
        if (body.isEmpty()) return;
        String bodyIri = organisation(body);
        st.add(iri, Lkg.exercisedBy, bodyIri);
        if (GENERIC_BODY.matcher(body).find()) {
            finding(Finding.ofItem("generic-body", "行使主体 「" + body + "」 names a kind of body, not one body; kept as written",
                    r.field(BODY).get().position(), body, r.section(), r.number()));
        }
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
    public void end() {
        begin();
        // A list with no title line (a CSV of items, a page whose title is outside its table) is named by its file.
        if (!titled) st.zh(listIri, RDFS.label, sourceFile.contains(".") ? sourceFile.substring(0, sourceFile.lastIndexOf('.')) : sourceFile);
        for (var w : cited.wordings().entrySet()) {
            sanctions.fromWording(w.getKey(), cited.label(w.getKey()), w.getValue(), cited.quotedAt(w.getKey()));
        }
        cited.write(st);
    }

    public int sanctions() { return sanctions.count(); }
}
