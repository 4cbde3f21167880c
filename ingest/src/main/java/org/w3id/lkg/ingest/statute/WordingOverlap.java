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

    /** The share (0..1) of {@code quotation}'s bigrams found in {@code official}; 0 for a quotation too short to judge. */
    public static double of(String quotation, String official) {
        String q = letters(quotation);
        String o = letters(official);
        if (q.codePointCount(0, q.length()) < 2) return 0;
        Map<Long, Integer> available = bigrams(o);
        int total = 0;
        int found = 0;
        int[] cps = q.codePoints().toArray();
        for (int k = 0; k + 1 < cps.length; k++) {
            total++;
            long key = pair(cps[k], cps[k + 1]);
            Integer left = available.get(key);
            if (left != null && left > 0) {
                found++;
                available.put(key, left - 1);
            }
        }
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
