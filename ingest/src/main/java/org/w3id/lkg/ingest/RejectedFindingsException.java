package org.w3id.lkg.ingest;

import java.util.List;
import java.util.stream.Collectors;

import org.w3id.lkg.ontology.FindingKind;

/**
 * A list whose findings its {@link FindingPolicy} does not accept: thrown by {@link PowerListIngest#streamTo} after the
 * list has been read, so a loader that stages its triples keeps the store as it was, and an output file is not
 * committed. The message lists every offending finding as {@code file:line:column: kind (severity): message}.
 */
public class RejectedFindingsException extends RuntimeException {
    /** One finding the policy rejected, where it was found. */
    public record Rejected(FindingKind kind, String file, long line, long column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + kind.notation() + " (" + kind.severity().notation() + "): " + message;
        }
    }

    private final String listKey;
    private final transient List<Rejected> rejected;

    public RejectedFindingsException(String listKey, FindingPolicy policy, List<Rejected> rejected) {
        super(message(listKey, policy, rejected));
        this.listKey = listKey;
        this.rejected = List.copyOf(rejected);
    }

    public String listKey() { return listKey; }

    /** The offending findings, in the order they were met. */
    public List<Rejected> rejected() { return rejected; }

    private static String message(String listKey, FindingPolicy policy, List<Rejected> rejected) {
        String which = policy == FindingPolicy.WARNING ? "warning or error" : "error";
        return "%s has %d finding%s of severity %s (fail on %s):%n%s".formatted(listKey, rejected.size(),
                rejected.size() == 1 ? "" : "s", which, policy.label(),
                rejected.stream().map(r -> "  " + r).collect(Collectors.joining(System.lineSeparator())));
    }
}
