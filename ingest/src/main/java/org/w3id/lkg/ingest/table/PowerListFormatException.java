package org.w3id.lkg.ingest.table;

/** Bad input: the file cannot be read as a power list; the message names file, line, column and what was expected. */
public class PowerListFormatException extends RuntimeException {
    private final SourcePosition position;

    public PowerListFormatException(SourcePosition position, String message) {
        super(position + ": " + message);
        this.position = position;
    }

    public SourcePosition position() { return position; }
}
