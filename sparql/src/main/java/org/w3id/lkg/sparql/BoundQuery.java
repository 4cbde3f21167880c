package org.w3id.lkg.sparql;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * A canned query with its parameters bound: the query to run (its text is the SPARQL that ran, for showing to users)
 * and the RDF term each given parameter became.
 */
public record BoundQuery(CannedQuery canned, Query query, Map<String, Node> bindings) {
    public BoundQuery {
        bindings = Map.copyOf(bindings);
    }

    /** The SPARQL text of the bound query. */
    public String sparql() { return query.serialize(); }
}
