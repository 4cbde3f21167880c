package org.w3id.lkg.service.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Component;
import org.w3id.lkg.service.system.LkgProperties;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.sparql.Substitution;

/**
 * The page and description queries: SPARQL files on the classpath ({@code org/w3id/lkg/service/…/NAME.rq}), parsed
 * once, their variables bound to terms by substitution (never by splicing text), run on the store under the
 * service's timeout. Rows come back detached from the store.
 */
@Component
public class StoreQueries {
    private final LkgStore store;
    private final Duration timeout;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    StoreQueries(LkgStore store, LkgProperties properties) {
        this.store = store;
        this.timeout = properties.queryTimeout();
    }

    /** The text of a query file, e.g. {@code page/item-citations}: what the pages offer to open in the editor. */
    public String text(String name) {
        String path = "org/w3id/lkg/service/" + name + ".rq";
        try (InputStream in = StoreQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("no query " + path + " on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query named {@code name} with {@code bindings} in place of its variables. */
    public Query bound(String name, Map<String, Node> bindings) {
        Query q = parsed.computeIfAbsent(name, n -> QueryFactory.create(text(n)));
        return Substitution.apply(q, bindings);
    }

    /** Runs a SELECT; its rows, detached from the store. */
    public List<Binding> select(String name, Map<String, Node> bindings) {
        return select(bound(name, bindings));
    }

    /** Runs a parsed SELECT; its rows, detached from the store. */
    public List<Binding> select(Query query) {
        store.requireReady();
        return store.source().execute(query, timeout, qe -> {
            List<Binding> rows = new ArrayList<>();
            qe.select().forEachRemaining(b -> {
                BindingBuilder copy = BindingBuilder.create();
                b.forEach(copy::add);
                rows.add(copy.build());
            });
            return rows;
        });
    }

    /** Runs a CONSTRUCT; its triples, in memory. */
    public Graph construct(String name, Map<String, Node> bindings) {
        return construct(bound(name, bindings));
    }

    /** Runs a parsed CONSTRUCT; its triples, in memory. */
    public Graph construct(Query query) {
        store.requireReady();
        return store.source().execute(query, timeout, qe -> {
            Graph g = GraphFactory.createDefaultGraph();
            qe.construct().find().forEach(g::add);   // copied out inside the transaction
            return g;
        });
    }

    /** A binding of {@code ?this} to an IRI, the usual one. */
    public static Map<String, Node> self(String iri) { return Map.of("this", NodeFactory.createURI(iri)); }
}
