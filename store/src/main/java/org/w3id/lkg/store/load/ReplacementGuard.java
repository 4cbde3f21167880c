package org.w3id.lkg.store.load;

/**
 * Refuses a list that would empty or gut the graph it replaces: one with no items where there were some, or with
 * fewer than {@code keep} of the items or of the citations there were. Lists shrink between editions, but rarely by
 * half in one go; a header-only file, a CSV whose quote swallowed half the rows or a duplicated column does. The
 * loaders check it after validation and before the swap, so a refused list changes nothing stored.
 */
public record ReplacementGuard(double keep) {
    /** The default: a list must keep at least half of the items and half of the citations it replaces. */
    public static final ReplacementGuard STANDARD = new ReplacementGuard(0.5);
    /** No guard: any list replaces the previous one ({@code lkg load --replace}). */
    public static final ReplacementGuard OFF = new ReplacementGuard(0);

    public ReplacementGuard {
        if (keep < 0 || keep > 1) throw new IllegalArgumentException("keep is a share between 0 and 1, got " + keep);
    }

    /**
     * @throws InvalidListException when {@code fresh} would gut {@code current}; the message says what would be lost
     */
    public void check(String listKey, ListCounts current, ListCounts fresh) {
        if (keep == 0 || current.items() == 0) return;
        boolean emptied = fresh.items() == 0;
        boolean gutted = fresh.items() < keep * current.items() || fresh.citations() < keep * current.citations();
        if (!emptied && !gutted) return;
        throw new InvalidListException(listKey, "%s would replace its current graph (%s) with one of %s: %s; nothing was changed (lkg load --replace replaces it anyway)"
                .formatted(listKey, current, fresh, emptied ? "every item would be lost"
                        : "more than %.0f %% of its items or citations would be lost".formatted(100 * (1 - keep))));
    }
}
