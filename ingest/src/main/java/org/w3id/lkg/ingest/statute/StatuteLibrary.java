package org.w3id.lkg.ingest.statute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.citation.TitleResolution;
import org.w3id.lkg.ingest.table.SourcePosition;

/**
 * A user's folder of official statute texts ({@code *.md}), each matched to a registry document by its title; the
 * texts a list's citations are audited against. Files whose title names no registry document are kept aside.
 */
public final class StatuteLibrary {
    private final Path folder;
    /** Document key → its texts by version date: a citation of the 2012 text is judged against the 2012 text. */
    private final Map<String, NavigableMap<LocalDate, StatuteText>> byDocument;
    private final List<StatuteText> unmatched;

    private StatuteLibrary(Path folder, Map<String, NavigableMap<LocalDate, StatuteText>> byDocument, List<StatuteText> unmatched) {
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
     * @throws StatuteFormatException also when {@code folder} is not a folder or holds no statute file
     */
    public static StatuteLibrary read(Path folder, DocumentRegistry registry) {
        if (!Files.isDirectory(folder)) throw new StatuteFormatException(SourcePosition.unknown(folder.toString()), "not a folder of statute texts");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (files.isEmpty()) throw new StatuteFormatException(SourcePosition.unknown(folder.toString()), "no statute texts (*.md) in it");
        StatuteTextReader reader = new StatuteTextReader();
        Map<String, NavigableMap<LocalDate, StatuteText>> byDocument = new HashMap<>();
        List<StatuteText> unmatched = new ArrayList<>();
        for (Path file : files) {
            StatuteText text = reader.read(file);
            if (registry.resolve(text.title()) instanceof TitleResolution.Known k) {
                StatuteText other = byDocument.computeIfAbsent(k.document().key(), key -> new TreeMap<>())
                        .putIfAbsent(text.versionDate(), text);
                if (other != null) {
                    throw new StatuteFormatException(new SourcePosition(file.toString(), 1, 1), "《" + text.title()
                            + "》 of " + text.versionDate() + " is also in " + other.source() + "; keep one text per version");
                }
            } else {
                unmatched.add(text);
            }
        }
        return new StatuteLibrary(folder, byDocument, unmatched);
    }

    /**
     * The official text of registry document {@code documentKey} in the version of {@code versionDate}; with a null
     * date, the newest text the folder has. Null when the folder has no such text.
     */
    public StatuteText text(String documentKey, LocalDate versionDate) {
        NavigableMap<LocalDate, StatuteText> versions = byDocument.get(documentKey);
        if (versions == null) return null;
        return versionDate == null ? versions.lastEntry().getValue() : versions.get(versionDate);
    }

    /** How many texts the folder holds for documents the registry knows. */
    public int size() { return byDocument.values().stream().mapToInt(Map::size).sum(); }

    /** Texts whose title the registry does not know: read, but no citation can reach them. */
    public List<StatuteText> unmatched() { return unmatched; }

    /** One line for people: how many texts, matched to how many documents. */
    public String summary() {
        String line = "statutes: " + size() + " official text" + (size() == 1 ? "" : "s") + " from " + folder;
        if (unmatched.isEmpty()) return line;
        return line + "; not in the document registry, so not used: "
                + String.join("、", unmatched.stream().map(t -> "《" + t.title() + "》").toList());
    }
}
