package org.w3id.lkg.ingest.list;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The table of column roles ({@code column-roles.tsv}): the names and patterns each {@link ColumnRole} goes by.
 * Names are exact (after normalising); patterns catch the names cities invent (…依据, …主体, …编码/代码).
 */
final class HeaderVocabulary {
    private static final String RESOURCE = "/org/w3id/lkg/ingest/list/column-roles.tsv";

    private final Map<String, ColumnRole> byName = new HashMap<>();
    private final List<Map.Entry<Pattern, ColumnRole>> patterns = new ArrayList<>();
    private final Map<ColumnRole, List<String>> names = new EnumMap<>(ColumnRole.class);

    /** The shipped table, read once per JVM (every row is tried as a header, so lookups must be cheap). */
    static HeaderVocabulary standard() { return Standard.VOCABULARY; }

    private static final class Standard {
        static final HeaderVocabulary VOCABULARY = read();
    }

    private static HeaderVocabulary read() {
        try (InputStream in = HeaderVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("column roles missing from the classpath: " + RESOURCE);
            HeaderVocabulary v = new HeaderVocabulary();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3) throw new IllegalStateException(RESOURCE + ":" + n + ": expected role, name|pattern, text");
                v.add(ColumnRole.valueOf(f[0]), f[1], f[2]);
            }
            for (ColumnRole role : ColumnRole.values()) {
                if (v.names.getOrDefault(role, List.of()).isEmpty()) throw new IllegalStateException(RESOURCE + ": no name for " + role);
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(ColumnRole role, String kind, String text) {
        switch (kind) {
            case "name" -> {
                names.computeIfAbsent(role, k -> new ArrayList<>()).add(text);
                byName.putIfAbsent(ColumnRole.normalise(text), role);
            }
            case "pattern" -> patterns.add(Map.entry(Pattern.compile(text), role));
            default -> throw new IllegalStateException(RESOURCE + ": kind must be name or pattern, not " + kind);
        }
    }

    List<String> names(ColumnRole role) { return List.copyOf(names.get(role)); }

    /** The role of a normalised header, or null. */
    ColumnRole role(String normalised) {
        if (normalised.isEmpty()) return null;
        ColumnRole r = byName.get(normalised);
        if (r != null) return r;
        // A pattern fits a header, not a sentence: a long cell is data.
        if (normalised.length() > 12) return null;
        for (Map.Entry<Pattern, ColumnRole> p : patterns) if (p.getKey().matcher(normalised).matches()) return p.getValue();
        return null;
    }

    boolean named(String normalised) { return byName.containsKey(normalised); }
}
