package org.w3id.lkg.ingest.rdf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.vocabulary.RDFS;
import org.w3id.lkg.ingest.citation.CitationMention;
import org.w3id.lkg.ingest.citation.CitationParser;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.citation.RegisteredDocument;
import org.w3id.lkg.ingest.citation.TitleResolution;
import org.w3id.lkg.ingest.citation.TitleRank;
import org.w3id.lkg.ingest.citation.VersionNote;
import org.w3id.lkg.ingest.list.Field;
import org.w3id.lkg.ingest.list.Finding;
import org.w3id.lkg.ingest.statute.AuditProblem;
import org.w3id.lkg.ingest.statute.CitationAudit;
import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;

/**
 * Turns the references in one basis cell into lkg:Citation resources (one per item, provision and directness),
 * resolving titles through the registry and reporting forms, unknown and superseded documents, and
 * adoption dates that disagree between rows.
 */
final class CitationWriter {
    private static final Map<String, String> RANK_TAGS = Map.of(
            "法律", "law", "行政法规", "administrative-regulation", "地方性法规", "local-regulation",
            "规章", "departmental-rule", "部门规章", "departmental-rule", "规范性文件", "normative-document",
            "地方政府规章", "local-government-rule", "政府规章", "local-government-rule", "司法解释", "judicial-interpretation");

    private static final Pattern TITLE = Pattern.compile("《([^《》]+)》");

    private final Statements st;
    private final IriScheme iris;
    private final String listIri;
    private final DocumentRegistry registry;
    private final CitedProvisions cited;
    private final Consumer<Finding> findings;
    private final CitationParser parser;
    /** The adoption date each document is first given in this list, and where: later cells are checked against it. */
    private final Map<String, Adoption> firstAdoption = new HashMap<>();
    private final Set<String> reportedDates = new java.util.HashSet<>();
    private int citations;
    private final java.util.List<String> unquotedDirect = new java.util.ArrayList<>();

    /** The official texts to check citations against; null when none were given. */
    private final CitationAudit audit;
    private final Set<String> audited = new java.util.HashSet<>();

    CitationWriter(Statements st, IriScheme iris, String listIri, DocumentRegistry registry, CitedProvisions cited,
                   CitationAudit audit, Consumer<Finding> findings) {
        this.st = st;
        this.audit = audit;
        this.iris = iris;
        this.listIri = listIri;
        this.registry = registry;
        this.parser = registry.parser();
        this.cited = cited;
        this.findings = findings;
    }

    int citations() { return citations; }

    /** Writes the citations of one basis field; {@code next} is the item's next free citation ordinal. */
    int write(String itemIri, int section, int number, Field field, String basisField, int next, boolean linkItem) {
        Set<String> seen = new LinkedHashSet<>();
        unquotedDirect.clear();
        boolean anyWording = false;
        List<CitationMention> mentions = parser.parse(field.text());
        for (CitationMention m : mentions) {
            SourcePosition at = field.positionAt(m.start());
            CitedProvisions.Doc doc = resolve(m.title(), m.rankTag(), m.version(), at, section, number);
            if (doc == null) continue;
            String provision = cited.provision(doc.key(), m.provision());
            String via = null;
            if (!m.direct()) {
                CitedProvisions.Doc viaDoc = resolveQuietly(m.viaTitle());
                if (viaDoc == null) continue;
                via = cited.provision(viaDoc.key(), m.via());
                if (!via.equals(provision)) cited.reference(via, provision);
            }
            if (!seen.add(provision + "|" + m.direct())) continue;
            String c = iris.citation(itemIri, next++);
            citations++;
            st.type(c, Lkg.Citation);
            st.add(c, Lkg.citingItem, itemIri);
            st.add(itemIri, Lkg.hasCitation, c);
            st.add(c, Lkg.citedDocument, iris.document(doc.key()));
            if (!m.provision().isDocument()) st.add(c, Lkg.citedProvision, provision);
            st.zh(c, Lkg.citedTitle, m.title());
            st.zh(c, Lkg.citationText, field.text().substring(m.start(), m.end()));
            st.bool(c, Lkg.direct, m.direct());
            if (via != null) st.add(c, Lkg.via, via);
            st.string(c, Lkg.basisField, basisField);
            st.integer(c, Lkg.sourceLine, at.line());
            st.integer(c, Lkg.sourceColumn, at.column());
            st.add(c, Prov.wasDerivedFrom, listIri);
            st.zh(c, RDFS.label, doc.title() + m.provision().label() + (m.direct() ? "" : "（间接）"));
            if (m.direct() && !m.wording().isEmpty()) {
                st.zh(c, Lkg.citedText, m.wording());
                cited.wording(provision, m.wording(), at);
                anyWording = true;
            } else if (m.direct() && !m.provision().isDocument()) {
                unquotedDirect.add(provision);
            }
            if (m.version() != null) version(c, doc, m.version(), at, field.raw());
            if (audit != null && m.direct() && doc.registered() != null && !m.provision().isEntry()) audit(doc, m, at, section, number);
            if (linkItem && m.direct()) {
                st.add(itemIri, Lkg.reliesOn, provision);
            }
        }
        if (anyWording) unquotedDirect.clear();
        return next;
    }

    // The same provision quoted the same way twice for one item (实施依据 and 责任事项依据 often repeat) is one finding.
    private void audit(CitedProvisions.Doc doc, CitationMention m, SourcePosition at, int section, int number) {
        if (!audited.add(section + "|" + number + "|" + doc.key() + "|" + m.provision() + "|" + m.wording())) return;
        LocalDate version = m.version() == null ? null : m.version().versionDate();
        for (AuditProblem p : audit.check(doc.key(), doc.title(), m.provision(), m.wording(), version)) {
            findings.accept(Finding.ofItem(p.kind(), p.message(), at, m.wording().isEmpty() ? null : m.wording(), section, number));
        }
    }

    /** After {@link #write}: the directly cited provisions, when the cell quoted no wording for any of them. */
    List<String> unquotedDirectProvisions() { return List.copyOf(unquotedDirect); }

    private void version(String citation, CitedProvisions.Doc doc, VersionNote note, SourcePosition at, String raw) {
        LocalDate date = note.versionDate();
        if (date == null) return;
        String event = note.events().stream().filter(e -> e.date().equals(date)).findFirst().map(VersionNote.Event::kind).orElse("");
        st.add(citation, Lkg.citedVersion, cited.version(doc.key(), date, event));
        LocalDate adopted = note.adoptionDate();
        if (adopted == null) return;
        Adoption before = firstAdoption.putIfAbsent(doc.key(), new Adoption(adopted, at));
        // One finding per conflicting date, however many cells repeat it.
        if (before != null && !before.date().equals(adopted) && reportedDates.add(doc.key() + "|" + adopted)) {
            findings.accept(new Finding("inconsistent-adoption-date", doc.title() + " is said to be adopted on " + adopted
                    + " here but on " + before.date() + " at line " + before.at().line(), at, note.text(),
                    new Finding.DocumentSubject(doc.key())));
        }
    }

    private CitedProvisions.Doc resolve(String title, String rankTag, VersionNote note, SourcePosition at, int section, int number) {
        TitleResolution r = registry.resolve(title);
        if (r instanceof TitleResolution.Form f) {
            findings.accept(Finding.ofItem("form-name", "《" + f.name() + "》 names a form, not a law; not a citation", at, title, section, number));
            return null;
        }
        if (r instanceof TitleResolution.Unknown u) {
            findings.accept(Finding.ofItem("unknown-document", "《" + u.title() + "》 is not in the document registry; kept as written",
                    at, title, section, number));
            return cited.document(u.key(), u.title(), null, inferredRank(u, rankTag, note, at));
        }
        RegisteredDocument d = ((TitleResolution.Known) r).document();
        if (d.isSuperseded()) {
            RegisteredDocument by = registry.byKey(d.supersededByKey());
            findings.accept(Finding.ofItem("superseded-document", "《" + title + "》 has been superseded by 《"
                    + (by != null ? by.canonicalTitle() : d.supersededByKey()) + "》", at, title, section, number));
            if (by != null) cited.document(by);
        }
        return cited.document(d);
    }

    /** Reports every form name in 《》 in a text field that is not a basis (forms are named in responsibilities). */
    void formNames(Field field, int section, int number) {
        java.util.regex.Matcher m = TITLE.matcher(field.text());
        while (m.find()) {
            if (registry.resolve(m.group(1)) instanceof TitleResolution.Form f) {
                findings.accept(Finding.ofItem("form-name", "《" + f.name() + "》 names a form, not a law",
                        field.positionAt(m.start()), m.group(), section, number));
            }
        }
    }

    private CitedProvisions.Doc resolveQuietly(String title) {
        TitleResolution r = registry.resolve(title);
        if (r instanceof TitleResolution.Known k) return cited.document(k.document());
        if (r instanceof TitleResolution.Unknown u) return cited.document(u.key(), u.title(), null, null);
        return null;
    }

    // A document the registry lacks still gets a rank: the one the list's level tag claims, else what its title says.
    private String inferredRank(TitleResolution.Unknown u, String rankTag, VersionNote note, SourcePosition at) {
        String tagged = rankFromTag(rankTag);
        TitleRank.Inference byTitle = TitleRank.infer(u.title(), note == null ? null : note.text());
        String rank = tagged != null ? tagged : byTitle == null ? null : IriScheme.concept("legal-rank", byTitle.rankKey());
        if (rank != null && rankReported.add(u.key())) {
            String why = tagged != null ? "the list's level tag 【" + rankTag + "】" : "its title (" + byTitle.reason() + ")";
            String region = byTitle != null && byTitle.region() != null ? "; region " + byTitle.region() : "";
            findings.accept(new Finding("inferred-rank", "《" + u.title() + "》 is not in the registry; its rank "
                    + rank.substring(rank.lastIndexOf('/') + 1) + " is inferred from " + why + region, at, u.title(),
                    new Finding.DocumentSubject(u.key())));
        }
        return rank;
    }

    static String rankFromTag(String tag) {
        String key = tag == null ? null : RANK_TAGS.get(tag);
        return key == null ? null : IriScheme.concept("legal-rank", key);
    }

    private final Set<String> rankReported = new java.util.HashSet<>();

    private record Adoption(LocalDate date, SourcePosition at) {}
}
