package org.w3id.lkg.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One pass of {@link SanctionExtractor} over one article: what holds across its sentences and what it found. */
final class ArticleReading {
    // 由 as "by" (由…部门给予警告), not in 理由, 自由, 经由, 缘由 or 由于.
    private static final Pattern AUTHORITY = Pattern.compile("(?<![理自经缘])由(?!于)(?<a>[^，；。]+?)"
            + "(?=给予|予以|处以|并处|处(?=[0-9０-９一二两三四五六七八九十])|视其|视情节|责令|吊销|没收|依法|依照|实施|对|可以|$)");
    // A sentence whose subject is the body itself: 县级以上人民政府司法行政部门对…实施日常监督管理，…责令改正.
    private static final Pattern BODY_AS_SUBJECT = Pattern.compile(
            "^(?<a>[^，；。由]{2,40}?(?:部门|机关))(?=对|向|应当|可以|依照|依法|开展|在|责令|给予|予以)");
    private static final Pattern BODY = Pattern.compile("(部门|机关|机构|政府|法院|检察院|司法所)$");
    private static final Pattern TO_WHOM = Pattern.compile("[对向](?<whom>[^，；。]+)");
    // Who imposes which kinds, said the other way round: 给予警告、罚款处罚的，由…部门实施. The 给予…处罚的 phrases
    // read as conditions, but they name the kinds the 实施 phrase assigns (not 应当给予警告处罚情形的: that is an offence).
    private static final Pattern ASSIGNED_KINDS = Pattern.compile("(?:给予|予以|处以)[^，；。]*处罚的$");
    private static final Pattern ASSIGNING_BODY = Pattern.compile("^由(?<a>[^，；。]+?)(?:负责)?实施$");

    private final PartyRecognizer parties;
    private final List<List<String>> sentences;
    private final Optional<String> subjectClause;
    private final List<PartyMention> subject;
    private final Map<String, SanctionDraft> drafts = new LinkedHashMap<>();
    private final List<ExtractionProblem> problems = new ArrayList<>();
    private String main; // the first authority named: it imposes what later sentences leave unassigned

    ArticleReading(PartyRecognizer parties, List<List<String>> sentences) {
        this.parties = parties;
        this.sentences = sentences;
        this.subjectClause = ArticleText.subjectOf(sentences);
        this.subject = subjectClause.map(parties::mentions).orElse(List.of());
    }

    List<ExtractionProblem> problems() {
        return problems;
    }

    SanctionExtraction read() {
        sentences.forEach(this::sentence);
        return new SanctionExtraction(SanctionDraft.buildAll(drafts.values()), problems);
    }

    private void sentence(List<String> phrases) {
        String authority = main; // one named within a sentence holds to its end only (情节严重的，由省…吊销)
        boolean serious = false;
        String condition = null;
        Set<Party> whom = null;
        List<String> lead = new ArrayList<>(); // phrases since the last imposing one: 违反本法规定，冒用…的
        for (String phrase : phrases) {
            serious |= ArticleText.isSerious(phrase);
            if (assigns(phrase, lead, serious, whom)) {
                condition = null;
                lead.clear();
                continue;
            }
            lead.add(phrase);
            if (ArticleText.isCondition(phrase)) {
                condition = String.join("，", lead);
                continue;
            }
            Optional<String> stated = authorityIn(phrase);
            authority = stated.orElse(authority);
            if (main == null) main = authority;
            whom = toWhom(phrase).orElse(whom);
            List<PhraseReader.Found> found = PhraseReader.read(phrase, problems::add);
            if (!found.isEmpty()) lead.clear();
            Set<Party> falls = whom != null ? whom : partiesOf(subject);
            String cond = condition != null ? condition : subjectClause.orElse(null);
            for (PhraseReader.Found f : found) {
                // 处分 is for the official's own employer to impose, not for the body named before it.
                String by = f.type() == SanctionType.DISCIPLINARY_SANCTION ? stated.orElse(null) : authority;
                boolean s = serious;
                drafts.computeIfAbsent(SanctionDraft.key(f.type(), s, falls), k -> new SanctionDraft(f.type(), s, falls, cond))
                        .add(f, phrase, by, problems::add);
            }
        }
    }

    /**
     * Reads {@code phrase} as 由…实施 assigning the kinds named by the 给予…处罚的 phrases just before it in
     * {@code lead}; their condition is what the lead said before them, else the article's subject clause.
     * Returns false, reading nothing, when the phrase is no such assignment.
     */
    private boolean assigns(String phrase, List<String> lead, boolean serious, Set<Party> whom) {
        Matcher m = ASSIGNING_BODY.matcher(phrase);
        if (!m.find() || !BODY.matcher(m.group("a").strip()).find()) return false;
        int from = lead.size();
        while (from > 0 && ASSIGNED_KINDS.matcher(lead.get(from - 1)).find()) from--;
        if (from == lead.size()) return false;
        String by = m.group("a").strip();
        if (main == null) main = by;
        String cond = from > 0 ? String.join("，", lead.subList(0, from)) : subjectClause.orElse(null);
        Set<Party> falls = whom != null ? whom : partiesOf(subject);
        for (String kinds : lead.subList(from, lead.size())) {
            for (PhraseReader.Found f : PhraseReader.read(kinds, problems::add)) {
                drafts.computeIfAbsent(SanctionDraft.key(f.type(), serious, falls), k -> new SanctionDraft(f.type(), serious, falls, cond))
                        .add(f, kinds, by, problems::add);
            }
        }
        return true;
    }

    private static Optional<String> authorityIn(String phrase) {
        Matcher subject = BODY_AS_SUBJECT.matcher(phrase);
        if (subject.find()) return Optional.of(subject.group("a"));
        Matcher m = AUTHORITY.matcher(phrase);
        while (m.find()) {
            String a = m.group("a").strip();
            if (BODY.matcher(a).find()) return Optional.of(a);
        }
        return Optional.empty();
    }

    // 对其负责人: 其 is the article's subject (律师事务所), so read it as 对律师事务所负责人. 向 names a party as 对 does
    // (应当向律师事务所负责人或者有关律师进行警示谈话、责令改正).
    private Optional<Set<Party>> toWhom(String phrase) {
        Matcher m = TO_WHOM.matcher(phrase);
        if (!m.find()) return Optional.empty();
        String whom = m.group("whom");
        if (whom.startsWith("其") && !subject.isEmpty()) whom = subject.get(0).term() + whom.substring(1);
        Set<Party> found = parties.find(whom);
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    private static Set<Party> partiesOf(List<PartyMention> mentions) {
        Set<Party> out = new LinkedHashSet<>();
        mentions.forEach(m -> out.add(m.party()));
        return out;
    }
}
