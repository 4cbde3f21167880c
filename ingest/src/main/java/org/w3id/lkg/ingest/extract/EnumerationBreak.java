package org.w3id.lkg.ingest.extract;

import org.w3id.lkg.ontology.FindingKind;

/**
 * Where quoted text's enumeration breaks: at {@code marker} (（四）) the count should have gone on to
 * {@code expected} but went to {@code found}.
 *
 * @param position the marker's offset in the text, counting chars from 0
 * @param marker   the marker as written
 * @param expected the number that should have come next
 * @param found    the number that came
 */
public record EnumerationBreak(int position, String marker, int expected, int found) {

    /**
     * This break as a {@link FindingKind#BROKEN_ENUMERATION} problem about {@code text}, whose offending text
     * is the wording around the marker (the whole article would bury it).
     */
    public ExtractionProblem toProblem(String text) {
        String kind = found < expected ? "repeats" : "skips";
        int from = Math.max(0, position - 20);
        int to = Math.min(text.length(), position + marker.length() + 20);
        return new ExtractionProblem(FindingKind.BROKEN_ENUMERATION,
                "enumeration " + kind + " at offset " + position + ": expected point " + expected + " but found " + marker,
                text.substring(from, to));
    }
}
