package org.w3id.lkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.w3id.lkg.ingest.table.PowerListFormatException;
import org.w3id.lkg.ingest.table.SourcePosition;

/**
 * The power-list files a user names: files as given, and a folder as the lists in it (*.txt, *.tsv, *.csv, *.xlsx,
 * *.xls, *.html, *.htm).
 */
public final class PowerListFiles {
    /** Extensions of the files a folder contributes; anything else in it (a README.md, say) is left alone. */
    public static final Set<String> EXTENSIONS = org.w3id.lkg.ingest.table.TableFormat.EXTENSIONS;

    private PowerListFiles() {}

    /**
     * Each argument as the list files it names, in order; a folder's lists sorted by name.
     *
     * @throws PowerListFormatException for a path that does not exist, a folder without lists, or two files that
     *         would be the same list (bad input, as a list that cannot be read is)
     */
    public static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                List<Path> in = in(p);
                if (in.isEmpty()) throw new PowerListFormatException(SourcePosition.unknown(p.toString()), "no power lists (*.txt, *.tsv, *.csv, *.xlsx, *.xls, *.html, *.htm) in this folder");
                files.addAll(in);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new PowerListFormatException(SourcePosition.unknown(p.toString()), Files.exists(p)
                        ? "not a regular file (a FIFO, device or socket); expected a list file or a folder of them"
                        : "no such file");
            }
        }
        return distinctLists(files);
    }

    /** The list a file holds is named after the file: {@code seeds/000_9601f697a03374a4.txt} → {@code 000_9601f697a03374a4}. */
    public static String listKey(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // Two files with one key (a/x.txt and b/x.txt, or x.txt and x.csv) would be written into one list graph.
    private static List<Path> distinctLists(List<Path> files) {
        Map<String, Path> byKey = new HashMap<>();
        for (Path f : files) {
            Path other = byKey.putIfAbsent(listKey(f), f);
            if (other != null) {
                throw new PowerListFormatException(SourcePosition.unknown(f.toString()), "the same list '" + listKey(f)
                        + "' as " + other + " (a list's graph is named after its file name): give them separately");
            }
        }
        return files;
    }

    /**
     * The list files directly in {@code folder}, sorted by name; none when it is not a folder.
     *
     * @throws IllegalArgumentException when two of them would be the same list
     */
    public static List<Path> in(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return distinctLists(files.filter(Files::isRegularFile).filter(PowerListFiles::isList).sorted().toList());
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
