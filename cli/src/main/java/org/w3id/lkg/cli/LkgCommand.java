package org.w3id.lkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.w3id.lkg.ingest.RejectedFindingsException;
import org.w3id.lkg.ingest.rdf.OutputFormatException;
import org.w3id.lkg.ingest.statute.StatuteFormatException;
import org.w3id.lkg.ingest.table.PowerListFormatException;
import org.w3id.lkg.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lkg} command line: ingest, query, sparql, load, fuseki, inspect, registry. */
@Command(name = "lkg", mixinStandardHelpOptions = true, version = "lkg 0.1.0",
        description = "Legal knowledge graph of power lists (权责清单): ingest, query, load, serve.",
        // serve is the query service, a jar of its own that the ./lkg launcher starts: listed here so help names it
        footer = {"", "  serve     The query service (SPARQL, canned queries, questions, pages)",
                "            over an embedded TDB2 store with its Fuseki, or a remote endpoint:",
                "            ./lkg serve [--port N] [--store DIR] … (./lkg serve --help)",
                "", "Exit codes: 0 ok, 2 bad input, 3 store, endpoint or file failure,",
                "4 a list refused (validation, --fail-on, or one that would gut the list",
                "it replaces)."},
        subcommands = {CommandLine.HelpCommand.class})
public final class LkgCommand {
    /** Exit code for bad input (a list that cannot be read, a bad argument value). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a store or endpoint that failed (locked, down, not a store), or a file that cannot be written. */
    public static final int EXIT_STORE = 3;
    /** Exit code for a list that does not pass validation (the shapes, or findings that --fail-on rejects). */
    public static final int EXIT_INVALID = 4;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of main. */
    public static int run(String... args) {
        CommandLine cmd = commandLine(args.length > 0 ? Subcommands.named(args[0]) : null);
        return cmd.execute(args);
    }

    /** Runs the command line writing to these, not the JVM's streams (a test beside a server that logs to them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine(args.length > 0 ? Subcommands.named(args[0]) : null);
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    static CommandLine commandLine() { return commandLine(null); }

    // A run of one subcommand builds only that one (a tenth of ingest's start-up went on building the others);
    // anything else (help, a mistyped name) gets them all, so help and picocli's suggestions list every one.
    private static CommandLine commandLine(Object only) {
        CommandLine cmd = new CommandLine(new LkgCommand());
        // Each stage adds its subcommands in Subcommands; one place keeps the list.
        if (only != null) cmd.addSubcommand(only);
        else for (Object sub : Subcommands.all()) cmd.addSubcommand(sub);
        cmd.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cmd.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cmd.setExecutionExceptionHandler(LkgCommand::handle);
        return cmd;
    }

    private static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return String.valueOf(e.getMessage());
    }

    // Exceptions map to exit codes here and nowhere else.
    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof PowerListFormatException || e instanceof StatuteFormatException || e instanceof OutputFormatException) {
            err.println("lkg: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (e instanceof RejectedFindingsException) {
            err.println("lkg: " + e.getMessage());
            return EXIT_INVALID;
        }
        if (e instanceof CommandFailure f) {
            err.println("lkg: " + f.getMessage());
            return f.exitCode();
        }
        if (e instanceof org.w3id.lkg.store.StoreException) {
            err.println("lkg: " + e.getMessage());
            return EXIT_STORE;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("lkg: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (e instanceof java.io.UncheckedIOException io) {
            // a file that cannot be written (or read) where the command had to: the machine's fault, not the input's
            err.println("lkg: " + io.getMessage() + ": " + reason(io.getCause()));
            return EXIT_STORE;
        }
        err.println("lkg: internal error: " + e.getMessage() + " (set LKG_DEBUG=1 for the stack trace, and please report it)");
        if (System.getenv("LKG_DEBUG") != null) e.printStackTrace(err);
        return 1;
    }
}
