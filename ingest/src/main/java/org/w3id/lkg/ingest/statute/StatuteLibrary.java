package org.w3id.lkg.ingest.statute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.citation.TitleResolution;

/**
 * A user's folder of official statute texts ({@code *.md}), each matched to a registry document by its title; the
 * texts a list's citations are audited against. Files whose title names no registry document are kept aside.
 */
public final class StatuteLibrary {
    private final Path folder;
    private final Map<String, StatuteText> byDocument;
    private final List<StatuteText> unmatched;

    private StatuteLibrary(Path folder, Map<String, StatuteText> byDocument, List<StatuteText> unmatched) {
        this.folder = folder;
        this.byDocument = Collections.unmodifiableMap(byDocument);
        this.unmatched = List.copyOf(unmatched);
    }

    /** Reads {@code folder}, matching titles against the standard document registry. */
    public static StatuteLibrary read(Path folder) { return read(folder, DocumentRegistry.standard()); }

    /**
     * Reads every {@code *.md} file of {@code folder} but its README.
     *
     * @throws StatuteFormatException for the first file not in the statute form (file, line, column)
     * @throws IllegalArgumentException when {@code folder} is not a folder or holds no statute file
     */
    public static StatuteLibrary read(Path folder, DocumentRegistry registry) {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException(folder + ": not a folder of statute texts");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (files.isEmpty()) throw new IllegalArgumentException(folder + ": no statute texts (*.md) in it");
        StatuteTextReader reader = new StatuteTextReader();
        Map<String, StatuteText> byDocument = new HashMap<>();
        List<StatuteText> unmatched = new ArrayList<>();
        for (Path file : files) {
            StatuteText text = reader.read(file);
            if (registry.resolve(text.title()) instanceof TitleResolution.Known k) {
                // Two versions of one document: the newer is what a citation without a version means.
                byDocument.merge(k.document().key(), text, (a, b) -> a.versionDate().isAfter(b.versionDate()) ? a : b);
            } else {
                unmatched.add(text);
            }
        }
        return new StatuteLibrary(folder, byDocument, unmatched);
    }

    /** The official text of registry document {@code documentKey}, or null when the folder has none. */
    public StatuteText text(String documentKey) { return byDocument.get(documentKey); }

    public int size() { return byDocument.size(); }

    /** Texts whose title the registry does not know: read, but no citation can reach them. */
    public List<StatuteText> unmatched() { return unmatched; }

    /** One line for people: how many texts, matched to how many documents. */
    public String summary() {
        String line = "statutes: " + byDocument.size() + " official text" + (byDocument.size() == 1 ? "" : "s") + " from " + folder;
        if (unmatched.isEmpty()) return line;
        return line + "; not in the document registry, so not used: "
                + String.join("、", unmatched.stream().map(t -> "《" + t.title() + "》").toList());
    }
}
