package org.w3id.lkg.ingest.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.lkg.ingest.citation.CitationMention;
import org.w3id.lkg.ingest.citation.CitationParser;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.citation.RegisteredDocument;
import org.w3id.lkg.ingest.citation.TitleRank;
import org.w3id.lkg.ingest.citation.TitleResolution;
import org.w3id.lkg.ingest.citation.VersionNote;
import org.w3id.lkg.ingest.list.Field;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.statute.AuditProblem;
import org.w3id.lkg.ingest.statute.CitationAudit;
import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ontology.FindingKind;
import org.w3id.lkg.ontology.IriScheme;

/**
 * Turns the references in one basis cell into {@link AnalysedCitation}s (one per item, provision and directness),
 * parsing the cell once, resolving titles through the registry, and reporting forms, unknown and superseded
 * documents, adoption dates that disagree between rows and, with official texts, what the audit finds.
 */
final class CitationAnalyser {
    private static final Map<String, String> RANK_TAGS = Map.of(
            "法律", "law", "行政法规", "administrative-regulation", "地方性法规", "local-regulation",
            "规章", "departmental-rule", "部门规章", "departmental-rule", "规范性文件", "normative-document",
            "地方政府规章", "local-government-rule", "政府规章", "local-government-rule", "司法解释", "judicial-interpretation");

    private static final Pattern TITLE = Pattern.compile("《([^《》]+)》");

    private final DocumentRegistry registry;
    private final CitationParser parser;
    private final CitedWorks works;
    /** The official texts to check citations against; null when none were given. */
    private final CitationAudit audit;
    /** The adoption date each document is first given in this list, and where: later cells are checked against it. */
    private final Map<String, Adoption> firstAdoption = new HashMap<>();
    private final Set<String> reportedDates = new HashSet<>();
    private final Set<String> audited = new HashSet<>();

    /** What one basis cell gave: its citations, the mentions they came from, and the item's next free ordinal. */
    record CellCitations(List<AnalysedCitation> citations, List<CitationMention> mentions, int next) {
        /** The directly cited articles, when the cell quotes wording for none of them (the item's name then speaks). */
        List<CitedProvision> unquotedDirect() {
            if (citations.stream().anyMatch(c -> c.direct() && !c.wording().isEmpty())) return List.of();
            return citations.stream().filter(c -> c.direct() && !c.provision().isDocument()).map(AnalysedCitation::provision).toList();
        }
    }

    CitationAnalyser(DocumentRegistry registry, CitedWorks works, CitationAudit audit) {
        this.registry = registry;
        this.parser = registry.parser();
        this.works = works;
        this.audit = audit;
    }

    /** The citations of one basis field; {@code next} is the item's next free citation ordinal. */
    CellCitations read(int section, int number, Field field, String basisField, int next, boolean linkItem,
                       Consumer<Finding> findings) {
        Set<String> seen = new LinkedHashSet<>();
        List<AnalysedCitation> out = new ArrayList<>();
        List<CitationMention> mentions = parser.parse(field.text());
        for (CitationMention m : mentions) {
            SourcePosition at = field.positionAt(m.start());
            CitedDocument doc = resolve(m.title(), m.rankTag(), m.version(), at, section, number, findings);
            if (doc == null) continue;
            CitedProvision provision = works.provision(doc.key(), m.provision());
            CitedProvision via = null;
            if (!m.direct()) {
                CitedDocument viaDoc = resolveQuietly(m.viaTitle());
                if (viaDoc == null) continue;
                via = works.provision(viaDoc.key(), m.via());
                if (!via.equals(provision)) works.reference(via, provision);
            }
            if (!seen.add(provision + "|" + m.direct())) continue;
            String wording = m.direct() && !m.wording().isEmpty() ? m.wording() : "";
            if (!wording.isEmpty()) works.wording(provision, wording, at);
            CitedVersion version = m.version() == null ? null : version(doc, m.version(), at, findings);
            // an entry of an annexed catalogue (第75项) has no article text to audit against
            if (audit != null && m.direct() && doc.registered() != null && !m.provision().isEntry()) audit(doc, m, at, section, number, findings);
            out.add(new AnalysedCitation(next++, doc, provision, m.direct(), via, m.title(),
                    field.text().substring(m.start(), m.end()), basisField, at,
                    doc.title() + m.provision().label() + (m.direct() ? "" : "（间接）"), wording, version,
                    linkItem && m.direct()));
        }
        return new CellCitations(out, mentions, next);
    }

    // The same provision quoted the same way twice for one item (实施依据 and 责任事项依据 often repeat) is one finding.
    private void audit(CitedDocument doc, CitationMention m, SourcePosition at, int section, int number, Consumer<Finding> findings) {
        if (!audited.add(section + "|" + number + "|" + doc.key() + "|" + m.provision() + "|" + m.wording())) return;
        LocalDate version = m.version() == null ? null : m.version().versionDate();
        for (AuditProblem p : audit.check(doc.key(), doc.title(), m.provision(), m.wording(), version)) {
            findings.accept(Finding.ofItem(p.kind(), p.message(), at, m.wording().isEmpty() ? null : m.wording(), section, number));
        }
    }

    private CitedVersion version(CitedDocument doc, VersionNote note, SourcePosition at, Consumer<Finding> findings) {
        LocalDate date = note.versionDate();
        if (date == null) return null;
        String event = note.events().stream().filter(e -> e.date().equals(date)).findFirst().map(VersionNote.Event::kind).orElse("");
        CitedVersion v = works.version(doc.key(), date, event);
        LocalDate adopted = note.adoptionDate();
        if (adopted == null) return v;
        Adoption before = firstAdoption.putIfAbsent(doc.key(), new Adoption(adopted, at));
        // One finding per conflicting date, however many cells repeat it.
        if (before != null && !before.date().equals(adopted) && reportedDates.add(doc.key() + "|" + adopted)) {
            findings.accept(new Finding(FindingKind.INCONSISTENT_ADOPTION_DATE, doc.title() + " is said to be adopted on " + adopted
                    + " here but on " + before.date() + " at line " + before.at().line(), at, note.text(),
                    new Finding.DocumentSubject(doc.key())));
        }
        return v;
    }

    private CitedDocument resolve(String title, String rankTag, VersionNote note, SourcePosition at, int section, int number,
                                  Consumer<Finding> findings) {
        TitleResolution r = registry.resolve(title);
        if (r instanceof TitleResolution.Form f) {
            findings.accept(Finding.ofItem(FindingKind.FORM_NAME, "《" + f.name() + "》 names a form, not a law; not a citation", at, title, section, number));
            return null;
        }
        if (r instanceof TitleResolution.Unknown u) {
            findings.accept(Finding.ofItem(FindingKind.UNKNOWN_DOCUMENT, "《" + u.title() + "》 is not in the document registry; kept as written",
                    at, title, section, number));
            return works.document(u.key(), u.title(), null, inferredRank(u, rankTag, note, at, findings));
        }
        RegisteredDocument d = ((TitleResolution.Known) r).document();
        if (d.isSuperseded()) {
            RegisteredDocument by = registry.byKey(d.supersededByKey());
            findings.accept(Finding.ofItem(FindingKind.SUPERSEDED_DOCUMENT, "《" + title + "》 has been superseded by 《"
                    + (by != null ? by.canonicalTitle() : d.supersededByKey()) + "》", at, title, section, number));
            if (by != null) works.document(by);
        }
        return works.document(d);
    }

    /** Reports every form name in 《》 in a text field that is not a basis (forms are named in responsibilities). */
    void formNames(Field field, int section, int number, Consumer<Finding> findings) {
        Matcher m = TITLE.matcher(field.text());
        while (m.find()) {
            if (registry.resolve(m.group(1)) instanceof TitleResolution.Form f) {
                findings.accept(Finding.ofItem(FindingKind.FORM_NAME, "《" + f.name() + "》 names a form, not a law",
                        field.positionAt(m.start()), m.group(), section, number));
            }
        }
    }

    private CitedDocument resolveQuietly(String title) {
        TitleResolution r = registry.resolve(title);
        if (r instanceof TitleResolution.Known k) return works.document(k.document());
        if (r instanceof TitleResolution.Unknown u) return works.document(u.key(), u.title(), null, null);
        return null;
    }

    // A document the registry lacks still gets a rank: the one the list's level tag claims, else what its title says.
    private String inferredRank(TitleResolution.Unknown u, String rankTag, VersionNote note, SourcePosition at, Consumer<Finding> findings) {
        String tagged = rankFromTag(rankTag);
        TitleRank.Inference byTitle = TitleRank.infer(u.title(), note == null ? null : note.text());
        String rank = tagged != null ? tagged : byTitle == null ? null : IriScheme.concept("legal-rank", byTitle.rankKey());
        if (rank != null && rankReported.add(u.key())) {
            String why = tagged != null ? "the list's level tag 【" + rankTag + "】" : "its title (" + byTitle.reason() + ")";
            String region = byTitle != null && byTitle.region() != null ? "; region " + byTitle.region() : "";
            findings.accept(new Finding(FindingKind.INFERRED_RANK, "《" + u.title() + "》 is not in the registry; its rank "
                    + rank.substring(rank.lastIndexOf('/') + 1) + " is inferred from " + why + region, at, u.title(),
                    new Finding.DocumentSubject(u.key())));
        }
        return rank;
    }

    static String rankFromTag(String tag) {
        String key = tag == null ? null : RANK_TAGS.get(tag);
        return key == null ? null : IriScheme.concept("legal-rank", key);
    }

    private final java.util.Set<String> rankReported = new java.util.HashSet<>();

    private record Adoption(LocalDate date, SourcePosition at) {}
}
