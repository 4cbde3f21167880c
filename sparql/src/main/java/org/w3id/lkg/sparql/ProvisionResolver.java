package org.w3id.lkg.sparql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.lkg.ontology.text.TitleKey;

/**
 * Resolves references as people write them ({@code 律师法第四十九条}, {@code 《中华人民共和国律师法》第49条} …) to the IRIs
 * of the graph: the document by {@code lkg:canonicalTitle} or {@code lkg:alias} compared as {@link TitleKey}s, then the
 * article, paragraph and point by {@code lkg:number} and {@code eli:is_part_of}. Every lookup is a SPARQL query on the
 * {@link SparqlSource}, so it works over a local dataset and a remote endpoint alike.
 */
public final class ProvisionResolver {
    private static final int MAX_CANDIDATES = 5;
    private static final String PREFIXES = """
            PREFIX lkg: <https://w3id.org/lkg/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final Query TITLES = QueryFactory.create(PREFIXES + """
            SELECT ?doc ?title ?canonical ?superseded WHERE {
              ?doc lkg:canonicalTitle ?canonical .
              { ?doc lkg:canonicalTitle ?title } UNION { ?doc lkg:alias ?title }
              BIND(EXISTS { ?doc lkg:supersededBy ?newer } AS ?superseded)
            }""");
    // Parts of ?parent of one class; ?class and ?parent are substituted.
    private static final Query PARTS = QueryFactory.create(PREFIXES + """
            SELECT ?part ?number ?label WHERE {
              ?part eli:is_part_of ?parent ; a ?class ; lkg:number ?number .
              OPTIONAL { ?part rdfs:label ?label }
            }""");
    private static final String LKG = "https://w3id.org/lkg/ontology#";

    private final SparqlSource source;

    public ProvisionResolver(SparqlSource source) {
        this.source = source;
    }

    /** Resolves a statute or a provision reference: the provision when an article is named, else the document. */
    public Resolution resolve(String text) {
        Optional<ProvisionReference> ref = ProvisionReference.parse(text);
        if (ref.isEmpty())
            return Resolution.notFound(text, null, "'" + text + "' is not a reference to a statute or an article", List.of());
        return resolve(text, ref.get());
    }

    /** Resolves a statute by its title or alias, ignoring any article in the text. */
    public Resolution resolveDocument(String text) {
        Optional<ProvisionReference> ref = ProvisionReference.parse(text);
        if (ref.isEmpty()) return Resolution.notFound(text, null, "'" + text + "' is not a statute title", List.of());
        ProvisionReference r = ref.get();
        return document(text, new ProvisionReference(r.title(), 0, 0, 0));
    }

    /** Resolves a parsed reference; {@code text} is kept for messages. */
    public Resolution resolve(String text, ProvisionReference ref) {
        Resolution doc = document(text, ref);
        if (!doc.resolved() || !ref.hasArticle()) return doc;
        String docTitle = doc.label();
        Resolution art = part(text, ref, doc.iri(), "Article", ref.article(), Resolution.Kind.ARTICLE,
                docTitle + "第" + ref.article() + "条", docTitle);
        if (!art.resolved() || (ref.paragraph() == 0 && ref.point() == 0)) return art;
        Resolution current = art;
        if (ref.paragraph() > 0) {
            Resolution para = part(text, ref, art.iri(), "Paragraph", ref.paragraph(), Resolution.Kind.PARAGRAPH,
                    art.label() + "第" + ref.paragraph() + "款", art.label());
            if (!para.resolved())
                return inexact(text, ref, art, "第" + ref.paragraph() + "款 of " + art.label() + " is not in the graph; resolved to the article");
            current = para;
        }
        if (ref.point() > 0) {
            Resolution point = part(text, ref, current.iri(), "Point", ref.point(), Resolution.Kind.POINT,
                    current.label() + "第" + ref.point() + "项", current.label());
            if (!point.resolved())
                return inexact(text, ref, current, "第" + ref.point() + "项 of " + current.label() + " is not in the graph; resolved to " + current.label());
            current = point;
        }
        return current;
    }

    private static Resolution inexact(String text, ProvisionReference ref, Resolution to, String note) {
        return Resolution.found(text, ref, to.iri(), to.label(), to.kind(), false, note);
    }

    private Resolution document(String text, ProvisionReference ref) {
        String key = TitleKey.of(ref.title());
        RowSetRewindable rows = source.select(TITLES);
        // per document: best (canonical match beats alias match), and all titles for candidates
        Map<String, String> canonicalOf = new LinkedHashMap<>();
        Map<String, Integer> distance = new LinkedHashMap<>();
        List<String> exact = new ArrayList<>();
        List<String> current = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            String doc = b.get("doc").getURI();
            canonicalOf.put(doc, b.get("canonical").getLiteralLexicalForm());
            String titleKey = TitleKey.of(b.get("title").getLiteralLexicalForm());
            distance.merge(doc, EditDistance.between(key, titleKey), Math::min);
            if (titleKey.equals(key) && !exact.contains(doc)) {
                exact.add(doc);
                if (!"true".equals(b.get("superseded").getLiteralLexicalForm())) current.add(doc);
            }
        }
        if (exact.size() == 1 || current.size() == 1) {
            String doc = exact.size() == 1 ? exact.get(0) : current.get(0);
            return Resolution.found(text, ref, doc, canonicalOf.get(doc), Resolution.Kind.DOCUMENT, true, "");
        }
        List<Candidate> near = new ArrayList<>();
        (exact.isEmpty() ? distance.keySet() : exact).forEach(d -> near.add(new Candidate(canonicalOf.get(d), d, distance.get(d))));
        near.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::label));
        String why = exact.isEmpty() ? "no document titled '" + ref.title() + "' in the graph"
                : "'" + ref.title() + "' names " + exact.size() + " documents";
        return Resolution.notFound(text, ref, why, near.subList(0, Math.min(MAX_CANDIDATES, near.size())));
    }

    // One numbered part (article, paragraph, point) of a parent, or the parts nearest in number when it is missing.
    private Resolution part(String text, ProvisionReference ref, String parentIri, String cls, int number,
                            Resolution.Kind kind, String fallbackLabel, String parentLabel) {
        Query q = Substitution.apply(PARTS, Map.of(
                "parent", NodeFactory.createURI(parentIri),
                "class", NodeFactory.createURI(LKG + cls)));
        RowSetRewindable rows = source.select(q);
        List<Candidate> all = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            Node n = b.get("number");
            int value;
            try {
                value = Integer.parseInt(n.getLiteralLexicalForm().strip());
            } catch (NumberFormatException e) {
                continue;
            }
            Node label = b.get("label");
            String l = label != null ? label.getLiteralLexicalForm() : parentLabel + "第" + value + unit(kind);
            if (value == number) return Resolution.found(text, ref, b.get("part").getURI(), l, kind, true, "");
            all.add(new Candidate(l, b.get("part").getURI(), Math.abs(value - number)));
        }
        all.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::label));
        return Resolution.notFound(text, ref, fallbackLabel + " is not in the graph",
                all.stream().distinct().limit(MAX_CANDIDATES).toList());
    }

    private static String unit(Resolution.Kind kind) {
        return switch (kind) {
            case PARAGRAPH -> "款";
            case POINT -> "项";
            default -> "条";
        };
    }
}
