package org.w3id.lkg.ingest.statute;

import java.util.HashMap;
import java.util.Map;

/**
 * How much of a quotation is found in an official text: the share of the quotation's character pairs (bigrams) that
 * the text also has, after both lose punctuation and spacing. 1.0 for a faithful excerpt, however short; near 0 for
 * another article's wording. Punctuation goes because lists mix full- and half-width marks freely.
 */
public final class WordingOverlap {
    private WordingOverlap() {}

    /** An official text's bigram counts, computed once: one quotation is compared with every article of a statute. */
    public record Profile(Map<Long, Integer> bigrams) {
        public Profile {
            bigrams = Map.copyOf(bigrams);
        }
    }

    /** The profile of {@code official}. */
    public static Profile profile(String official) { return new Profile(bigrams(letters(official))); }

    /** The share (0..1) of {@code quotation}'s bigrams found in {@code official}; 0 for a quotation too short to judge. */
    public static double of(String quotation, String official) { return of(quotation, profile(official)); }

    /** As {@link #of(String, String)}, against a profile computed beforehand. */
    public static double of(String quotation, Profile official) {
        Map<Long, Integer> wanted = bigrams(letters(quotation));
        int total = wanted.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) return 0;
        int found = 0;
        // A pair the quotation repeats counts only as often as the official text has it.
        for (var e : wanted.entrySet()) found += Math.min(e.getValue(), official.bigrams().getOrDefault(e.getKey(), 0));
        return (double) found / total;
    }

    /** Letters and digits only: Han characters, Latin, numerals. */
    static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static Map<Long, Integer> bigrams(String s) {
        Map<Long, Integer> counts = new HashMap<>();
        int[] cps = s.codePoints().toArray();
        for (int k = 0; k + 1 < cps.length; k++) counts.merge(pair(cps[k], cps[k + 1]), 1, Integer::sum);
        return counts;
    }

    private static long pair(int a, int b) { return ((long) a << 32) | (b & 0xffffffffL); }
}
