package org.w3id.lkg.store.tdb;

/**
 * How large a TDB2 store is on disk against what its live quads need, and so whether compacting it is worth the
 * time: TDB2 leaves every block a write transaction replaced on disk until a compaction (copy-on-write garbage).
 *
 * <p>The rule: compact when the folder is over {@link #FLOOR} and more than half of it is garbage, i.e. over twice
 * the size its quads take once compacted ({@link #COMPACTED_BYTES_PER_QUAD}). Below the floor garbage does not
 * matter on any disk; under half garbage a compaction (which rewrites every live block) costs more than it saves.
 */
public record StoreSize(long bytes, long quads) {
    /** Bytes a compacted store takes per quad for power lists (bench/store: 348 MiB for 1,020,200 quads, 357 a quad). */
    public static final long COMPACTED_BYTES_PER_QUAD = 360;
    /** Below this the store is never worth compacting: 64 MiB. */
    public static final long FLOOR = 64L << 20;

    /** What the live quads would take once compacted (an estimate from {@link #COMPACTED_BYTES_PER_QUAD}). */
    public long liveEstimate() { return quads * COMPACTED_BYTES_PER_QUAD; }

    /** Whether garbage is large enough to matter: over {@link #FLOOR} and over half of the folder. */
    public boolean worthCompacting() { return bytes > FLOOR && bytes > 2 * liveEstimate(); }

    /** For the user, e.g. {@code 3,512 MiB for 1,020,200 quads (about 350 MiB live)}. */
    public String line() {
        return "%,.0f MiB for %,d quads (about %,.0f MiB live)".formatted(bytes / 1048576.0, quads, liveEstimate() / 1048576.0);
    }
}
