package org.w3id.lkg.store.load;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.w3id.lkg.ingest.RejectedFindingsException;
import org.w3id.lkg.ingest.table.PowerListFormatException;
import org.w3id.lkg.store.StoreException;

/**
 * Loads many lists through one loader: each committed on its own ({@link #run}), or in batches that each commit as
 * one ({@link #runBatches}: every list of a batch is afterwards whole or exactly as it was).
 *
 * <p>A list that cannot be read or does not conform is reported and skipped, and the others still load: they do not
 * depend on each other. A failing store stops the load, because every list after it would fail the same way.
 */
public final class LoadBatch {
    /** How one list of a batch ended. */
    public enum Status { LOADED, UNCHANGED, BAD_INPUT, INVALID, STORE_FAILED, NOT_ATTEMPTED;
        /** Whether the list ended as it should: loaded, or already there. */
        public boolean succeeded() { return this == LOADED || this == UNCHANGED; }
    }

    /** One list's outcome: its summary when loaded, else the failure that stopped it. */
    public record Outcome(String listKey, Status status, LoadSummary summary, RuntimeException failure) {
        public String line() {
            return switch (status) {
                case LOADED -> "loaded " + summary.line();
                case UNCHANGED -> "unchanged " + summary.line();
                case NOT_ATTEMPTED -> "skipped " + listKey + ": the store failed before it";
                default -> status.name().toLowerCase().replace('_', ' ') + " " + listKey + ": " + failure.getMessage();
            };
        }
    }

    /** Everything a batch did, in input order. */
    public record Result(String target, List<Outcome> outcomes, Duration elapsed) {
        public long count(Status status) { return outcomes.stream().filter(o -> o.status() == status).count(); }

        public long triples() {
            return outcomes.stream().filter(o -> o.summary() != null).mapToLong(o -> o.summary().triples()).sum();
        }

        /** The first failure, the one a command reports with its exit code. */
        public Outcome firstFailure() {
            Outcome storeFailure = outcomes.stream().filter(o -> o.status() == Status.STORE_FAILED).findFirst().orElse(null);
            if (storeFailure != null) return storeFailure;
            return outcomes.stream().filter(o -> !o.status().succeeded()).findFirst().orElse(null);
        }

        /** The one-line summary printed at the end of every load, whatever happened. */
        public String line() {
            double seconds = elapsed.toNanos() / 1e9;
            StringBuilder out = new StringBuilder("%d of %d list%s loaded into %s: %,d triples in %.2f s (%,.0f triples/s)"
                    .formatted(count(Status.LOADED), outcomes.size(), outcomes.size() == 1 ? "" : "s", target,
                            triples(), seconds, seconds <= 0 ? 0 : triples() / seconds));
            for (Status s : List.of(Status.UNCHANGED, Status.BAD_INPUT, Status.INVALID, Status.STORE_FAILED, Status.NOT_ATTEMPTED)) {
                long n = count(s);
                if (n > 0) out.append("; ").append(n).append(' ').append(s.name().toLowerCase().replace('_', ' '));
            }
            return out.toString();
        }
    }

    private LoadBatch() {}

    /**
     * Loads {@code lists} in order, each committed on its own, telling {@code listener} each outcome as it happens.
     * Never throws for a list's failure: the result says what failed.
     */
    public static Result run(ListLoader loader, List<ListSource> lists, Consumer<Outcome> listener) {
        return runBatches(loader, lists.stream().map(List::of).toList(), listener);
    }

    /**
     * Loads {@code batches} in order through {@link ListLoader#loadBatch}, telling {@code listener} each list's
     * outcome, in input order, once its batch has ended. Never throws for a list's failure.
     */
    public static Result runBatches(ListLoader loader, List<List<ListSource>> batches, Consumer<Outcome> listener) {
        Objects.requireNonNull(loader, "loader");
        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        boolean storeFailed = false;
        for (List<ListSource> batch : batches) {
            List<Outcome> ended = storeFailed ? batch.stream().map(LoadBatch::notAttempted).toList() : loader.loadBatch(batch);
            for (Outcome outcome : ended) {
                storeFailed |= outcome.status() == Status.STORE_FAILED;
                outcomes.add(outcome);
                listener.accept(outcome);
            }
        }
        return new Result(loader.target(), List.copyOf(outcomes), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Loads {@code lists} through {@link ListLoader#load}, each on its own, until the store fails. */
    static List<Outcome> oneByOne(ListLoader loader, List<ListSource> lists) {
        List<Outcome> outcomes = new ArrayList<>(lists.size());
        boolean storeFailed = false;
        for (ListSource list : lists) {
            Outcome outcome = storeFailed ? notAttempted(list) : loadOne(loader, list);
            storeFailed |= outcome.status() == Status.STORE_FAILED;
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** The outcome of a list never tried, because the store failed before it. */
    public static Outcome notAttempted(ListSource list) { return new Outcome(list.listKey(), Status.NOT_ATTEMPTED, null, null); }

    private static Outcome loadOne(ListLoader loader, ListSource list) {
        try {
            LoadSummary summary = loader.load(list);
            return new Outcome(list.listKey(), summary.unchanged() ? Status.UNCHANGED : Status.LOADED, summary, null);
        } catch (RuntimeException e) {
            return failed(list.listKey(), e);
        }
    }

    /**
     * The outcome of a list that failed with {@code e}: bad input, invalid, or the store's failure.
     *
     * @throws RuntimeException {@code e} itself when it is none of those (a bug, not an outcome)
     */
    public static Outcome failed(String listKey, RuntimeException e) {
        if (e instanceof PowerListFormatException || e instanceof UncheckedIOException) return new Outcome(listKey, Status.BAD_INPUT, null, e);
        if (e instanceof InvalidListException || e instanceof RejectedFindingsException) return new Outcome(listKey, Status.INVALID, null, e);
        if (e instanceof StoreException) return new Outcome(listKey, Status.STORE_FAILED, null, e);
        throw e;
    }

    /** The outcome of a list that was committed (or found unchanged) as {@code summary} says. */
    public static Outcome ended(LoadSummary summary) {
        return new Outcome(summary.listKey(), summary.unchanged() ? Status.UNCHANGED : Status.LOADED, summary, null);
    }
}
