package org.w3id.lkg.service.linkeddata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.OntologyResources;

/**
 * Describes resources by the queries beside this class: {@code describe-out.rq} (its triples and the labels of what it
 * links to), {@code describe-in.rq} (one page of what links to it), and for a list the whole of its named graph.
 * The ontology is described by the published ontology document itself (its blank-node axioms would not survive a
 * one-hop query).
 */
@Component
public class Describer {
    private final StoreQueries queries;
    private final int pageSize;

    Describer(StoreQueries queries, PublishingProperties properties) {
        this.queries = queries;
        this.pageSize = properties.pageSize();
    }

    /** The description of {@code iri}, incoming links from page {@code page} (1-based). */
    public Description describe(String iri, int page) {
        if (iri.equals(WebIris.ONTOLOGY)) {
            return new Description(iri, OntologyResources.ontology().getGraph(), 0, 1, pageSize);
        }
        Map<String, Node> self = StoreQueries.self(iri);
        Graph g = GraphFactory.createDefaultGraph();
        queries.construct("linkeddata/describe-out", self).find().forEach(g::add);
        List<Binding> count = queries.select("linkeddata/describe-in-count", self);
        long incoming = count.isEmpty() ? 0 : Long.parseLong(count.get(0).get("n").getLiteralLexicalForm());
        if (incoming > 0) {
            Query in = queries.bound("linkeddata/describe-in", self);
            Query sub = ((ElementSubQuery) ((ElementGroup) in.getQueryPattern()).get(0)).getQuery();
            sub.setLimit(pageSize);
            sub.setOffset((long) (Math.max(1, page) - 1) * pageSize);
            queries.construct(in).find().forEach(g::add);
        }
        return new Description(iri, g, incoming, Math.max(1, page), pageSize);
    }

    /** The named graph a list lives in (or {@code iri} when it is a named graph), if either. */
    public Optional<String> listGraph(String iri) {
        List<Binding> rows = queries.select("linkeddata/list-graph", StoreQueries.self(iri));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).get("g").getURI());
    }

    /** Every triple of a named graph, as a dataset holding that one graph. */
    public DatasetGraph graph(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        DatasetGraph d = DatasetGraphFactory.create();
        for (Binding b : queries.select("linkeddata/list-graph-quads", Map.of("g", g)))
            d.add(g, b.get("s"), b.get("p"), b.get("o"));
        return d;
    }
}
