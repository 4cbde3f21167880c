package org.w3id.lkg.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every canned query, by name. {@link #fromClasspath()} reads the {@code sparql/*.rq} files this module ships (from a
 * folder or a jar, also when nested in a Spring Boot jar); {@link #fromDirectory(Path)} reads a folder of one's own.
 * A file that cannot be read fails the whole catalogue: a broken query should stop a build, not vanish.
 */
public final class QueryCatalog {
    /** The classpath folder the .rq files ship in. */
    public static final String CLASSPATH_FOLDER = "sparql/";

    private final Map<String, CannedQuery> queries;

    private QueryCatalog(Map<String, CannedQuery> queries) {
        this.queries = Collections.unmodifiableMap(new TreeMap<>(queries));
    }

    /** The queries shipped on the classpath under {@value #CLASSPATH_FOLDER}. */
    public static QueryCatalog fromClasspath() {
        return fromClasspath(QueryCatalog.class.getClassLoader());
    }

    /** The queries under {@value #CLASSPATH_FOLDER} that {@code loader} sees. */
    public static QueryCatalog fromClasspath(ClassLoader loader) {
        Map<String, CannedQuery> found = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(CLASSPATH_FOLDER);
            while (roots.hasMoreElements()) {
                for (String file : list(roots.nextElement())) {
                    try (InputStream in = loader.getResourceAsStream(CLASSPATH_FOLDER + file)) {
                        if (in == null) continue;
                        add(found, CannedQueryReader.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the canned queries on the classpath", e);
        }
        return new QueryCatalog(found);
    }

    /** The {@code *.rq} files directly in {@code folder}. */
    public static QueryCatalog fromDirectory(Path folder) {
        Map<String, CannedQuery> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList())
                add(found, CannedQueryReader.read(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the canned queries in " + folder, e);
        }
        return new QueryCatalog(found);
    }

    /** The query of this name. @throws NoSuchElementException naming the known queries */
    public CannedQuery get(String name) {
        CannedQuery q = queries.get(name);
        if (q == null) throw new NoSuchElementException("no canned query '" + name + "'; available: " + queries.keySet());
        return q;
    }

    /** The query of this name, if there is one. */
    public Optional<CannedQuery> find(String name) { return Optional.ofNullable(queries.get(name)); }

    /** Every query, sorted by name. */
    public Collection<CannedQuery> all() { return queries.values(); }

    /** The names, sorted. */
    public List<String> names() { return List.copyOf(queries.keySet()); }

    private static void add(Map<String, CannedQuery> found, CannedQuery q) {
        // The first of two same-named files on the classpath wins, as with any resource.
        found.putIfAbsent(q.name(), q);
    }

    // The .rq file names in one classpath root: a folder or a (possibly nested) jar.
    private static List<String> list(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(names::add);
            } catch (URISyntaxException e) {
                throw new IOException("bad classpath URL " + root, e);
            }
        } else {
            URLConnection conn = root.openConnection();
            if (!(conn instanceof JarURLConnection jar)) throw new IOException("cannot list classpath entries of " + root);
            jar.setUseCaches(false);
            try (JarFile jf = jar.getJarFile()) {
                String prefix = jar.getEntryName() == null ? CLASSPATH_FOLDER : jar.getEntryName();
                for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements(); ) {
                    String n = e.nextElement().getName();
                    if (n.startsWith(prefix) && n.endsWith(".rq") && n.indexOf('/', prefix.length()) < 0)
                        names.add(n.substring(prefix.length()));
                }
            }
        }
        Collections.sort(names);
        return names;
    }
}
