package org.w3id.lkg.service.edition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.system.Txn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.sparql.SparqlSource;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.edition.EditionCatalogue;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * Where a query runs when it asks for older editions. Queries see the current editions (the lists' own graphs);
 * an older one lives in the archive store as graph {@code <list graph>/edition/N}. Two ways reach it:
 * <ul>
 * <li>by graph: a query that names an edition's graph ({@code GRAPH <…/edition/1>}, {@code FROM}, {@code FROM NAMED},
 * or the protocol's {@code default-graph-uri} / {@code named-graph-uri}) runs over the store as it is, its default
 * graph still the current lists, with that edition added as a named graph: so one query can compare editions;</li>
 * <li>by parameter: {@code edition=KEY/N} (or the edition's IRI; repeatable) runs the query over those editions alone,
 * with the ontology's graph: "which items relied on 律师法第四十九条 in edition 1 of list K" is
 * {@code /api/queries/items-by-article?article=律师法第四十九条&edition=K/1}.</li>
 * </ul>
 * An edition is copied into memory once (a list, not the store) and kept while the store does not change.
 */
@Component
public class EditionDatasets {
    /** The parameter that picks editions, on {@code /sparql} and on every canned query. */
    public static final String PARAMETER = "edition";
    private static final Pattern EDITION_IRI = Pattern.compile("(.+)/edition/(\\d{1,9})");
    private static final Pattern KEY_AND_NUMBER = Pattern.compile("([^/]+)/(\\d{1,9})");
    private static final int KEPT = 8;

    private final LkgStore store;
    private final IriScheme iris = IriScheme.standard();   // the embedded store's, as its loads name graphs
    private final EditionCatalogue catalogue = new EditionCatalogue(iris.editionsGraph());
    private final Map<String, Copy> copies = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Copy> eldest) { return size() > KEPT; }
    };

    private record Copy(long changes, Graph graph) {}

    EditionDatasets(LkgStore store) {
        this.store = store;
    }

    /**
     * The source {@code query} runs on: the editions {@code editionParameters} name (alone, with the ontology), or
     * the store with the editions the query names by graph added; empty when it needs no edition (the store's own
     * source serves it).
     *
     * @throws ApiException 404 when a parameter names an edition the store does not have, or the store keeps none;
     *                      400 when a parameter is not {@code KEY/N} or an edition's IRI
     */
    public Optional<SparqlSource> source(Query query, List<String> editionParameters) {
        List<String> asked = editionParameters == null ? List.of() : editionParameters.stream().filter(s -> !s.isBlank()).toList();
        if (!asked.isEmpty()) {
            TdbStore tdb = tdb();
            Map<String, Graph> editions = new LinkedHashMap<>();
            for (String p : asked) {
                String iri = editionIri(p.strip());
                Graph g = copy(tdb, iri).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                        PARAMETER + ": no edition " + iri + " in this store" + known(tdb, iri),
                        Map.of("parameter", PARAMETER), null));
                editions.put(iri, g);
            }
            return Optional.of(new Source(tdb, editions, true));
        }
        if (query == null || store.tdb().isEmpty()) return Optional.empty();
        Map<String, Graph> named = new LinkedHashMap<>();
        for (String iri : namedGraphs(query)) {
            if (EDITION_IRI.matcher(iri).matches()) copy(store.tdb().get(), iri).ifPresent(g -> named.put(iri, g));
        }
        return named.isEmpty() ? Optional.empty() : Optional.of(new Source(store.tdb().get(), named, false));
    }

    private TdbStore tdb() {
        store.requireReady();
        return store.tdb().orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "editions are kept by the embedded TDB2 store; this service queries " + store.describe(),
                Map.of("parameter", PARAMETER), null));
    }

    private String editionIri(String value) {
        if (EDITION_IRI.matcher(value).matches() && value.contains(":")) return value;
        Matcher m = KEY_AND_NUMBER.matcher(value);
        if (m.matches()) return Edition.iri(iris.listGraph(m.group(1)), Integer.parseInt(m.group(2)));
        throw new ApiException(HttpStatus.BAD_REQUEST, PARAMETER + ": '" + value + "' is not an edition: expected "
                + "LIST-KEY/NUMBER (e.g. 000_9601f697a03374a4/1) or an edition's IRI (…/graph/KEY/edition/1)",
                Map.of("parameter", PARAMETER), null);
    }

    private String known(TdbStore tdb, String iri) {
        Matcher m = EDITION_IRI.matcher(iri);
        if (!m.matches()) return "";
        List<Edition> all = Txn.calculateRead(tdb.dataset(), () -> catalogue.editions(tdb.dataset(), m.group(1)));
        return all.isEmpty() ? " (no list has the graph " + m.group(1) + ")"
                : " (that list has " + String.join(", ", all.stream().map(e -> Integer.toString(e.number())).toList()) + ")";
    }

    // A copy of an edition's triples: the list's own graph when it is the current edition, else the archive's.
    private synchronized Optional<Graph> copy(TdbStore tdb, String iri) {
        long changes = store.changes();
        Copy kept = copies.get(iri);
        if (kept != null && kept.changes() == changes) return Optional.of(kept.graph());
        Matcher m = EDITION_IRI.matcher(iri);
        if (!m.matches()) return Optional.empty();
        String listGraph = m.group(1);
        int number = Integer.parseInt(m.group(2));
        DatasetGraph d = tdb.dataset();
        Optional<Edition> edition = Txn.calculateRead(d, () -> catalogue.editions(d, listGraph)).stream()
                .filter(e -> e.number() == number).findFirst();
        if (edition.isEmpty()) return Optional.empty();
        boolean current = edition.get().retiredAt() == null
                && Txn.calculateRead(d, () -> catalogue.current(d, listGraph).map(c -> c.number() == number).orElse(false));
        Graph g;
        if (current) {
            g = GraphFactory.createDefaultGraph();
            Graph out = g;
            Txn.executeRead(d, () -> d.getGraph(NodeFactory.createURI(listGraph)).find().forEachRemaining(out::add));
        } else {
            g = tdb.archive().graph(listGraph, number);
        }
        copies.put(iri, new Copy(changes, g));
        return Optional.of(g);
    }

    // The graphs a query names: FROM, FROM NAMED (the protocol's parameters are already there) and GRAPH <iri>.
    private static Set<String> namedGraphs(Query query) {
        Set<String> out = new LinkedHashSet<>(query.getGraphURIs());
        out.addAll(query.getNamedGraphURIs());
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementNamedGraph el) {
                    if (el.getGraphNameNode().isURI()) out.add(el.getGraphNameNode().getURI());
                }
            });
        }
        return out;
    }

    /**
     * Runs queries inside one read transaction of the store over a view of it (linked, not copied) plus the editions'
     * copies: {@code alone}, the editions and the ontology's graph, their union the default graph; else the store's
     * graphs with the editions added as named graphs, the default graph still the union of the current lists.
     */
    private final class Source implements SparqlSource {
        private final TdbStore tdb;
        private final Map<String, Graph> editions;
        private final boolean alone;

        Source(TdbStore tdb, Map<String, Graph> editions, boolean alone) {
            this.tdb = tdb;
            this.editions = editions;
            this.alone = alone;
        }

        @Override
        public <T> T execute(Query query, Duration timeout, Function<QueryExec, T> action) {
            DatasetGraph d = tdb.dataset();
            return Txn.calculateRead(d, () -> {
                DatasetGraph view = view(d);
                QueryExecBuilder b;
                if (query.hasDatasetDescription()) {
                    // as the store's own source: FROM / FROM NAMED pick graphs of the view, never the web
                    DatasetGraph picked = DynamicDatasets.dynamicDataset(query.getDatasetDescription(), view, false);
                    Query rest = query.cloneQuery();
                    rest.getGraphURIs().clear();
                    rest.getNamedGraphURIs().clear();
                    b = QueryExec.dataset(picked).query(rest);
                } else {
                    b = QueryExec.dataset(view).query(query);
                }
                if (timeout != null && !timeout.isZero() && !timeout.isNegative()) b = b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                try (QueryExec qe = b.build()) {
                    return action.apply(qe);
                }
            });
        }

        private DatasetGraph view(DatasetGraph d) {
            if (alone) {
                Node ontology = NodeFactory.createURI(iris.ontologyGraph());
                List<Graph> parts = new ArrayList<>();
                parts.add(d.getGraph(ontology));
                parts.addAll(editions.values());
                DatasetGraph view = DatasetGraphFactory.create(new MultiUnion(parts.toArray(Graph[]::new)));
                view.addGraph(ontology, d.getGraph(ontology));
                editions.forEach((iri, g) -> view.addGraph(NodeFactory.createURI(iri), g));
                return view;
            }
            DatasetGraph view = DatasetGraphFactory.create(d.getUnionGraph());
            d.listGraphNodes().forEachRemaining(g -> view.addGraph(g, d.getGraph(g)));
            editions.forEach((iri, g) -> view.addGraph(NodeFactory.createURI(iri), g));
            return view;
        }

        @Override
        public String describe() {
            return (alone ? "editions " : "TDB2 dataset with editions ") + String.join(", ", editions.keySet());
        }
    }
}
