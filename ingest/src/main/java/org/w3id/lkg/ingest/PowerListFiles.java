package org.w3id.lkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The power-list files a user names: files as given, and a folder as the lists in it (*.txt, *.tsv, *.csv). */
public final class PowerListFiles {
    /** Extensions of the files a folder contributes; anything else in it (a README.md, say) is left alone. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "tsv", "csv");

    private PowerListFiles() {}

    /**
     * Each argument as the list files it names, in order; a folder's lists sorted by name.
     *
     * @throws IllegalArgumentException for a path that does not exist, or a folder without lists
     */
    public static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                List<Path> in = in(p);
                if (in.isEmpty()) throw new IllegalArgumentException(p + ": no power lists (*.txt, *.tsv, *.csv) in this folder");
                files.addAll(in);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException(p + ": no such file");
            }
        }
        return files;
    }

    /** The list files directly in {@code folder}, sorted by name; none when it is not a folder. */
    public static List<Path> in(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(PowerListFiles::isList).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean isList(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
