package org.w3id.lkg.sparql;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * A canned query with its parameters bound: the query to run (its text is the SPARQL that ran, for showing to users),
 * the RDF term each given parameter became, and the parameters whose reference was more precise than the graph (a
 * 款 or 项 it does not hold), each with what it was answered for instead, so that no caller widens a question silently.
 */
public record BoundQuery(CannedQuery canned, Query query, Map<String, Node> bindings, Map<String, Resolution> inexact) {
    public BoundQuery {
        bindings = Map.copyOf(bindings);
        inexact = Map.copyOf(inexact);
    }

    /** The SPARQL text of the bound query. */
    public String sparql() { return query.serialize(); }
}
