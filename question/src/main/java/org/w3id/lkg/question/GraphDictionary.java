package org.w3id.lkg.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.lkg.ontology.OntologyResources;
import org.w3id.lkg.sparql.SparqlSource;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * The names the graph knows, for finding them in a question: document titles and aliases, unit and body names,
 * party, power-type and sanction-type labels, item names and list titles, read by SPARQL from the graph at build time
 * and held in this instance's own HanLP {@link AhoCorasickDoubleArrayTrie} (never HanLP's global dictionary, so two
 * engines over two graphs share nothing). {@link #scan} segments a question by the longest names first.
 */
public final class GraphDictionary {
    private static final String PREFIXES = """
            PREFIX lkg: <https://w3id.org/lkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX org: <http://www.w3.org/ns/org#>
            """;
    private static final Query DATA = QueryFactory.create(PREFIXES + """
            SELECT ?kind ?term ?label ?pref ?parent WHERE {
              { ?term lkg:canonicalTitle ?label . BIND("statute" AS ?kind) BIND(?label AS ?pref) }
              UNION { ?term lkg:alias ?label ; lkg:canonicalTitle ?pref . BIND("statute" AS ?kind) }
              UNION { ?term a org:OrganizationalUnit ; skos:prefLabel ?pref ; skos:prefLabel|skos:altLabel ?label .
                      OPTIONAL { ?term org:unitOf ?parent } BIND("unit" AS ?kind) }
              UNION { ?term a org:Organization ; skos:prefLabel ?pref ; skos:prefLabel|skos:altLabel ?label .
                      FILTER NOT EXISTS { ?term a org:OrganizationalUnit } BIND("body" AS ?kind) }
              UNION { ?term a lkg:PowerItem ; lkg:itemName ?label . BIND(?label AS ?pref) BIND("item" AS ?kind) }
              UNION { ?term a lkg:PowerList ; rdfs:label ?label . BIND(?label AS ?pref) BIND("list" AS ?kind) }
              UNION { ?term a lkg:PowerList ; lkg:issuer/skos:prefLabel ?issuer . BIND(STR(?issuer) AS ?pref)
                      VALUES ?suffix { "权责清单" "权力清单" "清单" "权责清单目录" }
                      BIND(CONCAT(STR(?issuer), ?suffix) AS ?label) BIND("list" AS ?kind) }
            }""");
    private static final Query CONCEPTS = QueryFactory.create(PREFIXES + """
            SELECT ?kind ?term ?label ?pref WHERE {
              VALUES (?scheme ?kind) {
                (<https://w3id.org/lkg/scheme/party> "party")
                (<https://w3id.org/lkg/scheme/power-type> "powerType")
                (<https://w3id.org/lkg/scheme/sanction-type> "sanction")
              }
              ?term skos:inScheme ?scheme ; skos:prefLabel|skos:altLabel ?label .
              ?term skos:prefLabel ?pref FILTER(LANGMATCHES(LANG(?pref), "zh"))
            }""");
    /** Which kind wins when one name means several things: the more specific first. */
    private static final List<EntityKind> PRECEDENCE = List.of(EntityKind.STATUTE, EntityKind.ITEM, EntityKind.LIST,
            EntityKind.UNIT, EntityKind.BODY, EntityKind.SANCTION_TYPE, EntityKind.POWER_TYPE, EntityKind.PARTY);
    private static final String STATE_PREFIX = "中华人民共和国";

    /** One name: what it names, the graph's preferred label for it, and for a unit the body it belongs to. */
    record Entry(EntityKind kind, String iri, String label, String parent) {}

    private final AhoCorasickDoubleArrayTrie<List<Entry>> trie = new AhoCorasickDoubleArrayTrie<>();
    private final Map<EntityKind, Integer> counts;
    private final Map<String, List<Entry>> byName;
    private final int names;

    private GraphDictionary(TreeMap<String, List<Entry>> byName) {
        byName.values().forEach(es -> es.sort(Comparator.comparingInt(e -> PRECEDENCE.indexOf(e.kind()))));
        Map<EntityKind, Integer> c = new EnumMap<>(EntityKind.class);
        byName.values().forEach(es -> es.forEach(e -> c.merge(e.kind(), 1, Integer::sum)));
        counts = Map.copyOf(c);
        names = byName.size();
        this.byName = Map.copyOf(byName);
        if (!byName.isEmpty()) trie.build(byName);
    }

    /** Reads every name from {@code source}; concept labels also from the schemes the ontology ships. */
    public static GraphDictionary read(SparqlSource source) {
        TreeMap<String, List<Entry>> byName = new TreeMap<>();
        add(byName, source.select(DATA));
        add(byName, source.select(CONCEPTS));
        add(byName, Bundled.SCHEMES.select(CONCEPTS));
        return new GraphDictionary(byName);
    }

    private static void add(TreeMap<String, List<Entry>> byName, RowSetRewindable rows) {
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (!b.get("term").isURI() || !b.get("label").isLiteral()) continue;
            EntityKind kind = EntityKind.ofSlot(b.get("kind").getLiteralLexicalForm()).orElseThrow();
            String pref = b.get("pref") == null ? b.get("label").getLiteralLexicalForm() : b.get("pref").getLiteralLexicalForm();
            String parent = b.get("parent") != null && b.get("parent").isURI() ? b.get("parent").getURI() : null;
            Entry e = new Entry(kind, b.get("term").getURI(), pref, parent);
            String name = QuestionText.label(b.get("label").getLiteralLexicalForm());
            put(byName, name, e);
            // 律师法 is written without 中华人民共和国 as often as with it
            if (kind == EntityKind.STATUTE && name.startsWith(STATE_PREFIX) && name.length() > STATE_PREFIX.length() + 1)
                put(byName, name.substring(STATE_PREFIX.length()), e);
        }
    }

    // Only names with a Chinese character: an English label (fine, lawyer) would match inside any English word.
    private static void put(TreeMap<String, List<Entry>> byName, String name, Entry e) {
        if (name.length() < 2 || name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) return;
        List<Entry> es = byName.computeIfAbsent(name, k -> new ArrayList<>());
        if (!es.contains(e)) es.add(e);
    }

    /**
     * The names in {@code text}, longest first and then leftmost, none overlapping another: 行政处罚法 is a statute,
     * not the power type 行政处罚 and a 法.
     */
    public List<Mention> scan(String text) {
        if (names == 0) return List.of();
        List<Mention> hits = new ArrayList<>();
        trie.parseText(text, (begin, end, es) -> {
            Entry e = es.get(0);
            hits.add(Mention.of(begin, end, text.substring(begin, end), e.kind(), e.iri(), e.label()));
        });
        hits.sort(Comparator.comparingInt((Mention m) -> -m.length()).thenComparingInt(Mention::start));
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : hits) if (chosen.stream().noneMatch(m::overlaps)) chosen.add(m);
        chosen.sort(Comparator.comparingInt(Mention::start));
        return chosen;
    }

    /** Everything {@code name} (as a mention's text) names, the more specific kinds first. */
    List<Entry> entries(String name) {
        List<Entry> es = byName.get(name);
        return es == null ? List.of() : es;
    }

    /** How many distinct names the dictionary holds. */
    public int size() { return names; }

    /** How many names of each kind (a name of two kinds counts for both). */
    public Map<EntityKind, Integer> counts() { return counts; }

    private static final class Bundled {
        static final SparqlSource SCHEMES = SparqlSource.of(DatasetGraphFactory.wrap(OntologyResources.reference()));
    }
}
