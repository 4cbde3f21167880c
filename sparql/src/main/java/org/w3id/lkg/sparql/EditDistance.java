package org.w3id.lkg.sparql;

/** Levenshtein distance over code points, for offering the nearest known titles and names. */
final class EditDistance {
    private EditDistance() {}

    /** The number of single-character insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    static int between(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[y.length];
    }
}
