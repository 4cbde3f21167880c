package org.w3id.lkg.ingest.analysis;

import static org.w3id.lkg.ingest.list.ColumnRole.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.w3id.lkg.ingest.citation.CitationMention;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.extract.EntrySplitter;
import org.w3id.lkg.ingest.extract.ExtractionProblem;
import org.w3id.lkg.ingest.extract.PartyRecognizer;
import org.w3id.lkg.ingest.extract.Sanction;
import org.w3id.lkg.ingest.extract.SanctionExtraction;
import org.w3id.lkg.ingest.extract.SanctionExtractor;
import org.w3id.lkg.ingest.list.ColumnRole;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.list.PowerItemRecord;
import org.w3id.lkg.ingest.list.PowerTypeName;
import org.w3id.lkg.ingest.list.PowerListHandler;
import org.w3id.lkg.ingest.list.TitleLine;
import org.w3id.lkg.ingest.statute.CitationAudit;
import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ontology.FindingKind;
import org.w3id.lkg.ontology.ChineseNumber;
import org.w3id.lkg.ontology.IriScheme;

/**
 * The analysis stage: receives a power list as the list reader recognises it, analyses each item once (citations,
 * parties, steps, sanctions, findings) and pushes the result to the next {@link AnalysedListHandler}. What the list
 * cites is gathered as {@link CitedWorks} and handed on once after the last row, with the sanctions its quoted
 * wording prescribes. Data flows one way: nothing downstream is asked for anything.
 */
public final class PowerListAnalyser implements PowerListHandler {
    private static final Pattern GENERIC_BODY = Pattern.compile("^(县市区|县（市、区）|县\\(市、区\\)|各县|各级|本级)");
    private static final String OTHER_POWERS = IriScheme.concept("power-type", "other-administrative-power");
    private static final List<ColumnRole> FORM_FIELDS = List.of(SCOPE, DUTY, RESPONSIBILITY, REMARK);

    private final AnalysedListHandler out;
    private final ConceptIndex concepts = ConceptIndex.shared();
    private final CitedWorks works = new CitedWorks();
    private final CitationAnalyser citations;
    private final PartyRecognizer parties = Extractors.parties();
    private final SanctionExtractor sanctions = Extractors.sanctions();
    /** The power-type concept of each section ("" when its label names none or no title line named it). */
    private final Map<Integer, String> sectionTypes = new HashMap<>();

    /** Analyses into {@code out}; {@code audit} checks citations against official texts, null to leave them unchecked. */
    public PowerListAnalyser(AnalysedListHandler out, DocumentRegistry registry, CitationAudit audit) {
        this.out = out;
        this.citations = new CitationAnalyser(registry, works, audit);
    }

    @Override
    public void title(TitleLine title) { out.title(title); }

    @Override
    public void section(int number, String label, Integer declaredCount, SourcePosition at) {
        String concept = label == null ? null : powerTypeConcept(label);
        if (label != null) sectionTypes.put(number, concept == null ? "" : concept);
        out.section(new ListSection(number, label, declaredCount, concept, at, true));
    }

    @Override
    public void item(PowerItemRecord r) {
        // A section no title line named (a flat list, or 序号 restarting) sorts by nothing we know: guessing its type
        // from its first item would report every other type in it as a mismatch.
        if (!sectionTypes.containsKey(r.section())) {
            sectionTypes.put(r.section(), "");
            out.section(new ListSection(r.section(), "第" + ChineseNumber.format(r.section()) + "部分", null, null, r.position(), false));
        }
        List<Finding> found = new ArrayList<>();
        String powerType = powerType(r, found::add);
        genericBody(r, found::add);
        for (ColumnRole role : FORM_FIELDS) r.field(role).ifPresent(f -> citations.formNames(f, r.section(), r.number(), found::add));
        List<AnalysedCitation> cited = new ArrayList<>();
        List<String> wordings = new ArrayList<>();
        PrescribedSanctions nameSanctions = null;
        int next = 1;
        if (r.field(BASIS).isPresent()) {
            CitationAnalyser.CellCitations basis = citations.read(r.section(), r.number(), r.field(BASIS).get(), "实施依据", next, true, found::add);
            cited.addAll(basis.citations());
            basis.mentions().stream().map(CitationMention::wording).forEach(wordings::add);
            next = basis.next();
            nameSanctions = fromItemName(r, basis.unquotedDirect());
        }
        if (r.field(RESPONSIBILITY_BASIS).isPresent()) {
            CitationAnalyser.CellCitations resp = citations.read(r.section(), r.number(), r.field(RESPONSIBILITY_BASIS).get(), "责任事项依据", next, false, found::add);
            cited.addAll(resp.citations());
            next = resp.next();
        }
        // The rows of an item whose name was merged down over them: each sub-item's basis is the item's too.
        for (PowerItemRecord sub : r.subItems()) {
            if (sub.field(BASIS).isPresent()) {
                CitationAnalyser.CellCitations c = citations.read(r.section(), r.number(), sub.field(BASIS).get(), "实施依据", next, true, found::add);
                cited.addAll(c.citations());
                c.mentions().stream().map(CitationMention::wording).forEach(wordings::add);
                next = c.next();
            }
            if (sub.field(RESPONSIBILITY_BASIS).isPresent()) {
                CitationAnalyser.CellCitations c = citations.read(r.section(), r.number(), sub.field(RESPONSIBILITY_BASIS).get(), "责任事项依据", next, false, found::add);
                cited.addAll(c.citations());
                next = c.next();
            }
        }
        out.item(new AnalysedItem(r, powerType, List.copyOf(parties.ofItem(r.name(), wordings)),
                EntrySplitter.split(r.text(RESPONSIBILITY)).entries(), EntrySplitter.split(r.text(ACCOUNTABLE)).entries(),
                EntrySplitter.split(r.text(ACCOUNTABILITY)).entries(), cited, nameSanctions, found));
    }

    // With no wording quoted, the item's own name is the only statement of what it can impose.
    private PrescribedSanctions fromItemName(PowerItemRecord r, List<CitedProvision> unquoted) {
        if (unquoted.isEmpty()) return null;
        CitedProvision p = unquoted.get(0);
        return new PrescribedSanctions(p, works.label(p), sanctions.fromItemName(r.name()).sanctions(), r.position(),
                "据事项名称：" + r.name());
    }

    private String powerType(PowerItemRecord r, Consumer<Finding> findings) {
        String declared = r.text(POWER_TYPE);
        if (declared.isEmpty() && r.inferredPowerType() != null) {
            String inferred = powerTypeConcept(r.inferredPowerType());
            if (inferred != null) findings.accept(Finding.ofItem(FindingKind.INFERRED_POWER_TYPE, "power type " + r.inferredPowerType()
                    + " inferred from the item name; the list has no type column", r.position(), r.name(), r.section(), r.number()));
            return inferred;
        }
        String concept = powerTypeConcept(declared);
        if (concept == null) {
            if (!declared.isEmpty()) findings.accept(Finding.ofItem(FindingKind.UNKNOWN_POWER_TYPE, "power type 「" + declared
                    + "」 is in no concept scheme", r.field(POWER_TYPE).get().position(), declared, r.section(), r.number()));
            return null;
        }
        String sectionType = sectionTypes.getOrDefault(r.section(), "");
        if (!sectionType.isEmpty() && !sectionType.equals(concept) && !sectionType.equals(OTHER_POWERS)) {
            findings.accept(Finding.ofItem(FindingKind.POWER_TYPE_SECTION_MISMATCH, "declared power type " + declared
                    + " disagrees with its section", r.field(POWER_TYPE).get().position(), declared, r.section(), r.number()));
        }
        return concept;
    }

    // The scheme's concept for a type as written, or as the list's variants of it write it (行政处罚类, 其他职权类).
    private String powerTypeConcept(String written) {
        String concept = concepts.find("power-type", written);
        if (concept != null) return concept;
        String canonical = PowerTypeName.canonical(written);
        return canonical == null ? null : concepts.find("power-type", canonical);
    }

    private static void genericBody(PowerItemRecord r, Consumer<Finding> findings) {
        String body = r.text(BODY);
        if (!body.isEmpty() && GENERIC_BODY.matcher(body).find()) {
            findings.accept(Finding.ofItem(FindingKind.GENERIC_BODY, "行使主体 「" + body + "」 names a kind of body, not one body; kept as written",
                    r.field(BODY).get().position(), body, r.section(), r.number()));
        }
    }

    @Override
    public void finding(Finding f) { out.finding(f); }

    /**
     * Reads the sanctions of every quoted provision from every distinct wording quoted for it, in the order quoted:
     * one quotation may be garbled or cut short where another is whole (the seed's 律师法第五十二条, lines 7 and 8),
     * and a reader takes from each what it says. A kind already read for the provision (same local name) is not read
     * again, so the first quotation that names it describes it.
     */
    @Override
    public void end() {
        for (CitedProvision p : works.wordings().keySet()) {
            Set<String> named = new HashSet<>();
            for (var q : works.quotations(p).entrySet()) {
                SanctionExtraction x = sanctions.extract(q.getKey());
                List<Sanction> more = x.sanctions().stream().filter(s -> named.add(s.localName())).toList();
                if (!more.isEmpty()) works.sanctions(new PrescribedSanctions(p, works.label(p), more, q.getValue(), null));
                for (ExtractionProblem problem : x.problems()) {
                    out.finding(new Finding(problem.kind(), works.label(p) + ": " + problem.message(), q.getValue(),
                            problem.text(), new Finding.ListSubject()));
                }
            }
        }
        out.end(works);
    }
}
