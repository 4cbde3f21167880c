package org.w3id.lkg.cli;

/** A failure a command reports with its own exit code and a message for the user. */
public class CommandFailure extends RuntimeException {
    private final int exitCode;

    public CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public CommandFailure(int exitCode, String message) { this(exitCode, message, null); }

    public int exitCode() { return exitCode; }
}
