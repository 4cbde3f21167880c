package org.w3id.lkg.ingest.statute;

import org.w3id.lkg.ingest.table.SourcePosition;

/** Bad input: a statute file that is not in the expected Markdown form; the message names file, line and column. */
public class StatuteFormatException extends RuntimeException {
    private final transient SourcePosition position;

    public StatuteFormatException(SourcePosition position, String message) {
        super(position + ": " + message);
        this.position = position;
    }

    public SourcePosition position() { return position; }
}
