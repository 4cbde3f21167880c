package org.w3id.lkg.ingest.statute;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.w3id.lkg.ingest.citation.ProvisionNumber;
import org.w3id.lkg.ontology.ChineseNumber;
import org.w3id.lkg.ontology.FindingKind;

/**
 * Checks a citation against the official text of its document: the cited article, paragraph and point exist, and the
 * wording the list quotes is that provision's (or, when it is another article's, says which). A citation is judged
 * against the text of the version it names, or the newest text when it names none; without such a text, not at all.
 */
public final class CitationAudit {
    /** A quotation sharing at least this much with the official text is taken as faithful (lists trim and paraphrase). */
    static final double FAITHFUL = 0.8;
    /** Another article must match at least this much better before the citation is called misnumbered. */
    static final double CLEARLY_BETTER = 0.3;

    private final StatuteLibrary library;
    /** Each official article's bigrams, computed the first time a quotation is compared with it. */
    private final Map<OfficialArticle, WordingOverlap.Profile> profiles = new IdentityHashMap<>();

    public CitationAudit(StatuteLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    /**
     * The problems of citing {@code provision} of document {@code documentKey} (titled {@code title}) with
     * {@code wording} (empty when none is quoted) as of {@code citedVersion} (null when the citation names none).
     */
    public List<AuditProblem> check(String documentKey, String title, ProvisionNumber provision, String wording,
                                    LocalDate citedVersion) {
        if (provision.isDocument()) return List.of();
        StatuteText text = library.text(documentKey, citedVersion);
        if (text == null) return List.of();   // no text of that document, or not of the version cited
        String version = "the " + text.versionDate() + " text";
        OfficialArticle article = text.article(provision.article());
        if (article == null) {
            return List.of(new AuditProblem(FindingKind.PROVISION_NOT_IN_TEXT, "《" + title + "》" + article(provision.article())
                    + " does not exist in " + version + ", whose last article is " + article(text.lastArticle())
                    + whoseWording(text, wording)));
        }
        OfficialParagraph paragraph = null;
        if (provision.paragraph() > 0) {
            paragraph = article.paragraph(provision.paragraph());
            if (paragraph == null) {
                return List.of(new AuditProblem(FindingKind.PROVISION_NOT_IN_TEXT, "《" + title + "》" + article(article.number())
                        + " has " + article.paragraphs().size() + " paragraph" + (article.paragraphs().size() == 1 ? "" : "s")
                        + " (款) in " + version + "; 第" + ChineseNumber.format(provision.paragraph()) + "款 is cited"
                        + whoseWording(text, wording)));
            }
        }
        if (provision.point() > 0) {
            OfficialParagraph withPoints = paragraph != null ? paragraph : firstWithPoints(article);
            int points = withPoints == null ? 0 : withPoints.points().size();
            if (provision.point() > points) {
                return List.of(new AuditProblem(FindingKind.PROVISION_NOT_IN_TEXT, "《" + title + "》" + article(article.number())
                        + (paragraph != null ? "第" + ChineseNumber.format(provision.paragraph()) + "款" : "")
                        + " has " + points + " point" + (points == 1 ? "" : "s") + " (项) in " + version
                        + "; 第" + ChineseNumber.format(provision.point()) + "项 is cited"));
            }
        }
        if (wording.isBlank()) return List.of();
        return wordingProblems(text, title, article, provision.paragraph(), wording, version);
    }

    private List<AuditProblem> wordingProblems(StatuteText text, String title, OfficialArticle cited,
                                                      int paragraph, String wording, String version) {
        // A quotation of a paragraph may run on into the rest of the article: judge it against the whole article.
        double here = WordingOverlap.of(wording, profile(cited));
        if (here >= FAITHFUL) return List.of();
        Match best = bestMatch(text, wording);
        String quoted = "the wording quoted as 《" + title + "》" + article(cited.number())
                + (paragraph > 0 ? "第" + ChineseNumber.format(paragraph) + "款" : "");
        if (best != null && best.article().number() != cited.number() && best.overlap() - here >= CLEARLY_BETTER) {
            return List.of(new AuditProblem(FindingKind.MISNUMBERED_CITATION, quoted + " is the official wording of "
                    + article(best.article().number()) + " in " + version + " (" + percent(best.overlap()) + " of it is there, "
                    + percent(here) + " in " + article(cited.number()) + ")"));
        }
        return List.of(new AuditProblem(FindingKind.WORDING_DIFFERS, quoted + " differs from " + version + ": only "
                + percent(here) + " of it is in the official " + article(cited.number())));
    }

    /** The article whose official wording holds the quotation faithfully and best, or null when none does. */
    private Match bestMatch(StatuteText text, String wording) {
        Match best = null;
        for (OfficialArticle a : text.articles().values()) {
            double o = WordingOverlap.of(wording, profile(a));
            if (o >= FAITHFUL && (best == null || o > best.overlap())) best = new Match(a, o);
        }
        return best;
    }

    // For a provision that does not exist, where its quoted wording does.
    private String whoseWording(StatuteText text, String wording) {
        if (wording.isBlank()) return "";
        Match m = bestMatch(text, wording);
        return m == null ? "" : "; the wording quoted for it is the official " + article(m.article().number())
                + " (" + percent(m.overlap()) + ")";
    }

    private WordingOverlap.Profile profile(OfficialArticle article) {
        return profiles.computeIfAbsent(article, a -> WordingOverlap.profile(a.wording()));
    }

    private record Match(OfficialArticle article, double overlap) {}

    private static OfficialParagraph firstWithPoints(OfficialArticle article) {
        for (OfficialParagraph p : article.paragraphs()) if (!p.points().isEmpty()) return p;
        return null;
    }

    private static String article(int n) { return ProvisionNumber.article(n).label(); }

    private static String percent(double share) { return Math.round(share * 100) + "%"; }
}
