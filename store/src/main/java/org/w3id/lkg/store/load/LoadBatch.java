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
 * Loads many lists through one loader, each committed on its own.
 *
 * <p>A list that cannot be read or does not conform is reported and skipped, and the others still load: they do not
 * depend on each other. A failing store stops the batch, because every list after it would fail the same way.
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
     * Loads {@code lists} in order, telling {@code listener} each outcome as it happens.
     * Never throws for a list's failure: the result says what failed.
     */
    public static Result run(ListLoader loader, List<ListSource> lists, Consumer<Outcome> listener) {
        Objects.requireNonNull(loader, "loader");
        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>(lists.size());
        boolean storeFailed = false;
        for (ListSource list : lists) {
            Outcome outcome = storeFailed ? new Outcome(list.listKey(), Status.NOT_ATTEMPTED, null, null) : loadOne(loader, list);
            storeFailed |= outcome.status() == Status.STORE_FAILED;
            outcomes.add(outcome);
            listener.accept(outcome);
        }
        return new Result(loader.target(), List.copyOf(outcomes), Duration.ofNanos(System.nanoTime() - start));
    }

    private static Outcome loadOne(ListLoader loader, ListSource list) {
        try {
            LoadSummary summary = loader.load(list);
            return new Outcome(list.listKey(), summary.unchanged() ? Status.UNCHANGED : Status.LOADED, summary, null);
        } catch (PowerListFormatException | UncheckedIOException e) {
            return new Outcome(list.listKey(), Status.BAD_INPUT, null, e);
        } catch (InvalidListException | RejectedFindingsException e) {
            return new Outcome(list.listKey(), Status.INVALID, null, e);
        } catch (StoreException e) {
            return new Outcome(list.listKey(), Status.STORE_FAILED, null, e);
        }
    }
}
