package org.w3id.lkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.w3id.lkg.ingest.statute.StatuteLibrary;

import picocli.CommandLine.Option;

/** {@code --statutes DIR}: official texts to audit citations against, shared by ingest and load. */
final class StatuteOptions {
    @Option(names = "--statutes", paramLabel = "DIR",
            description = "a folder of official statute texts (Markdown, one file per document version): cited provisions"
                    + " that do not exist, and quoted wording that is not the article's, become findings")
    Path folder;

    /** The library, read once and announced on {@code err}; null when no folder was given. */
    StatuteLibrary library(PrintWriter err) {
        if (folder == null) return null;
        StatuteLibrary library = StatuteLibrary.read(folder);
        err.println("lkg: " + library.summary());
        return library;
    }
}
