package org.w3id.lkg.ingest.extract;

import java.util.Objects;
import org.w3id.lkg.ontology.FindingKind;

/**
 * An anomaly met while extracting: its kind, a message that says what was expected, and the raw text
 * that caused it. Extractors report these instead of guessing, so that a number is never wrong.
 *
 * @param kind    what went wrong
 * @param message what was found and what was expected
 * @param text    the offending wording, as written
 */
public record ExtractionProblem(FindingKind kind, String message, String text) {
    public ExtractionProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return kind.notation() + ": " + message + " [" + text + "]";
    }
}
