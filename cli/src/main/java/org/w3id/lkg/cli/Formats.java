package org.w3id.lkg.cli;

import java.util.Locale;

/** Parses format names given on the command line, with a message that lists the choices. */
final class Formats {
    private Formats() {}

    static ResultFormat result(String name) {
        try {
            return ResultFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "unknown result format '" + name + "'; expected text, csv, tsv, json or xml");
        }
    }
}
