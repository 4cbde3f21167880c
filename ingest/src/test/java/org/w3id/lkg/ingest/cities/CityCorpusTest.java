package org.w3id.lkg.ingest.cities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.lkg.ingest.SeedGraph;

/**
 * The corpus of real layouts ({@code src/test/resources/cities}): each list, read as a user would
 * ({@code lkg ingest} of the file), against its key ({@code <layout>.key.tsv}, written by hand from the published
 * list: its items, and for each the documents and provisions its legal basis cites). Prints item recall and citation
 * precision and recall per layout (the README's table) and fails when a layout finds fewer (or more) than its key's
 * items, when citation precision or recall falls below 90 %, or when its graph does not conform to the shapes.
 */
class CityCorpusTest {
    static final Path DIR = Path.of("src/test/resources/cities");
    private static final double CITATION_THRESHOLD = 0.90;
    private static final Pattern PROVISION = Pattern.compile("/doc/[^/]+(?:/art/(\\d+))?(?:/para/(\\d+))?(?:/point/(\\d+))?$");
    private static final List<String> TABLE = new ArrayList<>();

    static Stream<String> layouts() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".key.tsv"))
                    .map(n -> n.substring(0, n.length() - ".key.tsv".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyItemAndCitationOfTheKeyIsRead(String layout) throws IOException {
        Path list = listFile(layout);
        Key key = Key.read(DIR.resolve(layout + ".key.tsv"));
        Graph g = SeedGraph.ingest(list);
        Set<String> items = new TreeSet<>();
        SeedGraph.select(g, "SELECT ?name { ?i a lkg:PowerItem ; lkg:itemName ?name }")
                .forEachRemaining(b -> items.add(b.get("name").getLiteralLexicalForm()));
        Set<String> found = citations(g);

        Set<String> itemHits = new HashSet<>(key.items());
        itemHits.retainAll(items);
        Set<String> hits = new HashSet<>(key.citations());
        hits.retainAll(found);
        double itemRecall = ratio(itemHits.size(), key.items().size());
        double recall = ratio(hits.size(), key.citations().size());
        double precision = ratio(hits.size(), found.size());
        String row = String.format(Locale.ROOT, "| `%s` | %d/%d | %d | %d | %.0f %% | %.0f %% |", list.getFileName(),
                itemHits.size(), key.items().size(), key.citations().size(), found.size(), 100 * precision, 100 * recall);
        TABLE.add(row);
        System.out.println(row);
        diff("missed item", key.items(), items);
        diff("extra item", items, key.items());
        diff("missed citation", key.citations(), found);
        diff("wrong citation", found, key.citations());
        var report = org.w3id.lkg.ontology.OntologyResources.validate(g);
        assertTrue(report.conforms(), layout + ": SHACL " + report.getEntries());
        assertEquals(1.0, itemRecall, layout + ": items of the key not read");
        assertEquals(key.items().size(), items.size(), layout + ": items read that the key does not have");
        assertTrue(recall >= CITATION_THRESHOLD, layout + ": citation recall " + recall);
        assertTrue(precision >= CITATION_THRESHOLD, layout + ": citation precision " + precision);
    }

    @AfterAll
    static void printTable() {
        System.out.println("| layout | items found | citations in key | citations read | precision | recall |");
        System.out.println("|---|---|---|---|---|---|");
        TABLE.stream().sorted().forEach(System.out::println);
    }

    // Direct legal-basis citations (实施依据), one line each: item, title as written (normalised), provision.
    private static Set<String> citations(Graph g) {
        Set<String> found = new HashSet<>();
        RowSetRewindable rows = SeedGraph.select(g, """
                SELECT ?name ?title ?p ?doc { ?c lkg:citingItem ?i ; lkg:direct true ; lkg:basisField "实施依据" ;
                  lkg:citedTitle ?title ; lkg:citedDocument ?doc . ?i lkg:itemName ?name .
                  OPTIONAL { ?c lkg:citedProvision ?p } }""");
        rows.forEachRemaining(b -> {
            String p = b.contains("p") ? provision(b.get("p").getURI()) : "";
            found.add(b.get("name").getLiteralLexicalForm() + "\t" + Key.title(b.get("title").getLiteralLexicalForm()) + "\t" + p);
        });
        return found;
    }

    // …/doc/x/art/45/para/1/point/6 → 45/1/6; …/doc/x/point/75 (an entry of a catalogue) → 0/0/75.
    static String provision(String iri) {
        Matcher m = PROVISION.matcher(iri);
        if (!m.find()) throw new IllegalStateException("not a provision IRI: " + iri);
        return n(m.group(1)) + "/" + n(m.group(2)) + "/" + n(m.group(3));
    }

    private static String n(String g) { return g == null ? "0" : g; }

    private static double ratio(int a, int b) { return b == 0 ? 1.0 : (double) a / b; }

    private static void diff(String what, Set<String> a, Set<String> b) {
        new TreeSet<>(a).stream().filter(x -> !b.contains(x)).forEach(x -> System.out.println("  " + what + ": " + x));
    }

    static Path listFile(String layout) throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(layout + ".") && !n.endsWith(".key.tsv");
            }).findFirst().orElseThrow(() -> new IllegalStateException("no list file for the key " + layout));
        }
    }

    /** A layout's key: its items, and its citations as item, title, provision (art/para/point, "" for a document). */
    record Key(Set<String> items, Set<String> citations) {
        static Key read(Path file) throws IOException {
            Set<String> items = new HashSet<>();
            Set<String> citations = new HashSet<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String l : lines.subList(1, lines.size())) {
                if (l.isBlank() || l.startsWith("#")) continue;
                String[] f = l.split("\t", -1);
                items.add(f[0]);
                if (f.length > 1 && !f[1].isEmpty()) citations.add(f[0] + "\t" + title(f[1]) + "\t" + (f.length > 2 ? f[2] : ""));
            }
            return new Key(items, citations);
        }

        // The key writes a title as the list does; compared without 《》, spaces and the 中华人民共和国 prefix.
        static String title(String t) {
            String s = t.replaceAll("[《》\\s]", "").replace('（', '(').replace('）', ')');
            return s.startsWith("中华人民共和国") ? s.substring("中华人民共和国".length()) : s;
        }
    }
}
