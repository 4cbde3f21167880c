package org.w3id.lkg.sparql;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.OntologyResources;

/**
 * Resolves a name to the IRI of a handling unit or of a concept (party, power type, sanction type): by
 * {@code skos:prefLabel}, {@code skos:altLabel}, {@code rdfs:label} or {@code skos:notation} (the key), compared
 * after NFKC and without spaces. A unit name that matches no unit exactly resolves to the one unit whose name ends
 * with it ({@code 矫正科} → {@code 社区矫正科}) when there is exactly one. Concepts the graph lacks (data loaded
 * without the ontology graph) are looked up in the concept schemes the ontology module ships.
 */
public final class TermResolver {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String PREFIXES = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX org: <http://www.w3.org/ns/org#>
            """;
    private static final Query UNITS = QueryFactory.create(PREFIXES + """
            SELECT ?term ?label WHERE {
              ?term a org:OrganizationalUnit .
              ?term skos:prefLabel|skos:altLabel|rdfs:label ?label .
            }""");
    private static final Query CONCEPTS = QueryFactory.create(PREFIXES + """
            SELECT ?term ?label WHERE {
              ?term skos:inScheme ?scheme .
              ?term skos:prefLabel|skos:altLabel|rdfs:label|skos:notation ?label .
            }""");

    private final SparqlSource source;

    public TermResolver(SparqlSource source) {
        this.source = source;
    }

    /** The handling unit named {@code name}. */
    public Resolution unit(String name) {
        Map<String, Set<String>> labels = labels(source, UNITS);
        return match(name, labels, true);
    }

    /** The concept in {@code scheme} (e.g. {@code party}) labelled or keyed {@code name}. */
    public Resolution concept(String scheme, String name) {
        Query q = Substitution.apply(CONCEPTS, Map.of("scheme", NodeFactory.createURI(IriScheme.scheme(scheme))));
        Resolution r = match(name, labels(source, q), false);
        if (r.resolved()) return r;
        Resolution bundled = match(name, labels(bundled(), q), false);
        if (bundled.resolved() || r.candidates().isEmpty()) return bundled;
        return r;
    }

    private static Resolution match(String name, Map<String, Set<String>> labels, boolean suffixMatch) {
        String key = key(name);
        List<String> exact = new ArrayList<>();
        List<String> suffix = new ArrayList<>();
        List<Candidate> near = new ArrayList<>();
        labels.forEach((iri, ls) -> {
            int best = Integer.MAX_VALUE;
            for (String l : ls) {
                String k = key(l);
                if (k.equals(key) && !exact.contains(iri)) exact.add(iri);
                if (suffixMatch && k.endsWith(key) && !suffix.contains(iri)) suffix.add(iri);
                best = Math.min(best, EditDistance.between(key, k));
            }
            near.add(new Candidate(ls.iterator().next(), iri, best));
        });
        List<String> hits = !exact.isEmpty() ? exact : suffix;
        if (hits.size() == 1) {
            String iri = hits.get(0);
            return Resolution.found(name, null, iri, labels.get(iri).iterator().next(), Resolution.Kind.TERM, true, "");
        }
        near.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::label));
        if (hits.size() > 1) {
            List<Candidate> amb = near.stream().filter(c -> hits.contains(c.iri())).toList();
            return Resolution.notFound(name, null, "'" + name + "' names " + hits.size() + " resources; give the IRI", amb);
        }
        return Resolution.notFound(name, null, "nothing in the graph is named '" + name + "'",
                near.stream().limit(5).toList());
    }

    private static Map<String, Set<String>> labels(SparqlSource source, Query q) {
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        RowSetRewindable rows = source.select(q);
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (!b.get("term").isURI() || !b.get("label").isLiteral()) continue;
            labels.computeIfAbsent(b.get("term").getURI(), k -> new LinkedHashSet<>()).add(b.get("label").getLiteralLexicalForm());
        }
        return labels;
    }

    private static String key(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }

    // The schemes the ontology module ships, as a source over its shared reference graph (parsed once per JVM).
    private static SparqlSource bundled() { return Bundled.SCHEMES; }

    private static final class Bundled {
        static final SparqlSource SCHEMES = SparqlSource.of(DatasetGraphFactory.wrap(OntologyResources.reference()));
    }
}
