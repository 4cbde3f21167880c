package org.w3id.lkg.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.lkg.ontology.text.Markup;
import org.w3id.lkg.ontology.text.Numeral;

/** Cuts an article's quoted wording into sentences and phrases, leaving out its enumerated points. */
final class ArticleText {
    // Markup (the shared rule) becomes a space, and spaces and quotes go: Chinese needs no spaces.
    private static final Pattern QUOTES_AND_SPACES = Pattern.compile("[“”\"「」‘’]|\\s+");
    // A point （一）… runs to its semicolon or full stop, or to the next marker when it has none.
    private static final Pattern POINT = Pattern.compile(
            "[（(]" + Numeral.ENUMERATOR + "[）)].*?(?=[；;。]|[（(]" + Numeral.ENUMERATOR + "[）)]|$)");
    private static final Pattern SENTENCE_END = Pattern.compile("[；;。：:]");
    // A comma ends a phrase unless it groups digits (5,000).
    private static final Pattern PHRASE_END = Pattern.compile("(?<![0-9])[，,]|[，,](?![0-9])");

    private ArticleText() {}

    /** The wording without tags, quotes and white space: Chinese needs no spaces, and the seed's are noise. */
    static String clean(String wording) {
        return QUOTES_AND_SPACES.matcher(Markup.strip(wording)).replaceAll("");
    }

    /**
     * The operative sentences of {@code wording}, each a list of phrases: the enumerated points describe
     * offences, not sanctions, and their words (收取费用, 违法所得) must not be read as sanctions.
     */
    static List<List<String>> sentences(String wording) {
        String operative = POINT.matcher(clean(wording)).replaceAll("");
        List<List<String>> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(operative)) {
            List<String> phrases = Arrays.stream(PHRASE_END.split(s)).filter(p -> !p.isEmpty()).toList();
            if (!phrases.isEmpty()) out.add(phrases);
        }
        return out;
    }

    /** A phrase ending in 的 sets a condition (有违法所得的, 情节严重的); it never imposes anything itself. */
    static boolean isCondition(String phrase) {
        return phrase.endsWith("的");
    }

    /** Whether the phrase makes the following sanctions those for serious cases. */
    static boolean isSerious(String phrase) {
        return phrase.contains("情节严重") || phrase.contains("情节特别严重");
    }

    /**
     * The subject clause of an article: its first sentence up to its first condition (律师有下列行为之一的;
     * 违反本法规定，冒用法律援助名义提供法律服务并谋取利益的); empty when that sentence states none.
     */
    static Optional<String> subjectOf(List<List<String>> sentences) {
        if (sentences.isEmpty()) return Optional.empty();
        List<String> first = sentences.get(0);
        for (int i = 0; i < first.size(); i++) {
            if (isCondition(first.get(i))) return Optional.of(String.join("，", first.subList(0, i + 1)));
        }
        return Optional.empty();
    }

    /** {@link #subjectOf(List)} of raw wording. */
    static Optional<String> subjectOf(String wording) {
        return subjectOf(sentences(wording));
    }
}
