package org.w3id.lkg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the sanctions an article prescribes from its quoted wording: kind, bounds, imposing authority,
 * the party it falls on, whether it is for 情节严重的 cases, and the condition. Thread-safe.
 *
 * <p>It reads an article sentence by sentence (；。：) and phrase by phrase (，). A phrase ending in 的 is a
 * condition and never imposes anything: so 又发生应当给予警告处罚情形的 yields no warning. 由…部门 names
 * the authority for what follows in its sentence, and the first one named also for later sentences that name
 * none; 对其负责人 names the party for the rest of its sentence; 情节严重的 marks the rest of its sentence serious.
 */
public final class SanctionExtractor {
    private static final Pattern COMMA = Pattern.compile("[，,]");

    private final PartyRecognizer parties;

    /** An extractor that recognizes parties with {@code parties}. */
    public SanctionExtractor(PartyRecognizer parties) {
        this.parties = parties;
    }

    /** An extractor with the bundled party terms. */
    public static SanctionExtractor create() {
        return new SanctionExtractor(PartyRecognizer.create());
    }

    /**
     * The sanctions {@code wording} (one article's quoted text, quotes, tags and points included or not)
     * prescribes, one per (type, serious) or, where the article gives one kind different bounds for different
     * parties (律师法第五十条: 律师事务所 ≤ 100000 yuan, its 负责人 ≤ 20000), one per (type, serious, parties);
     * and the problems met, including a broken enumeration (its offset counts chars of {@code wording}).
     */
    public SanctionExtraction extract(String wording) {
        String text = wording == null ? "" : wording;
        ArticleReading reading = new ArticleReading(parties, ArticleText.sentences(text));
        EnumerationCheck.check(text).forEach(b -> reading.problems().add(b.toProblem(text)));
        return reading.read();
    }

    /**
     * The sanction kinds an item's name names, for items whose basis quotes no wording
     * (调查取证、给予训诫、警告 → admonition, warning), without bounds, authority or condition.
     */
    public SanctionExtraction fromItemName(String itemName) {
        List<Sanction> out = new ArrayList<>();
        List<ExtractionProblem> problems = new ArrayList<>();
        String name = ArticleText.clean(itemName);
        List<Party> named = List.copyOf(parties.find(name));
        for (String phrase : COMMA.split(name)) {
            for (PhraseReader.Found f : PhraseReader.read(phrase, problems::add)) {
                if (f.type() == SanctionType.UNSPECIFIED_PENALTY) continue; // 对…的处罚 names no kind
                if (out.stream().noneMatch(s -> s.type() == f.type()))
                    out.add(new Sanction(f.type().key(), f.type(), false, f.fine(), f.multiple(), f.duration(), null, named, null, itemName));
            }
        }
        return new SanctionExtraction(out, problems);
    }
}
