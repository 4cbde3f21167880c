package org.w3id.lkg.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the fixtures under src/test/resources/extract/. */
final class Fixtures {
    private Fixtures() {}

    /** The folder or file {@code name} under extract/. */
    static Path path(String name) {
        URL url = Fixtures.class.getResource("/extract/" + name);
        if (url == null) throw new IllegalStateException("missing fixture extract/" + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of fixture {@code name}, without its final line break. */
    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of TSV fixture {@code name}, without # comments and the header row. */
    static List<String[]> tsv(String name) {
        List<String> lines = Arrays.stream(text(name).split("\n")).filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        return lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
    }

    /** {@code -} in a fixture cell means "not stated". */
    static String orNull(String cell) {
        return cell.equals("-") ? null : cell;
    }
}
