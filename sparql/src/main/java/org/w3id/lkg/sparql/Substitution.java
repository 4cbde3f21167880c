package org.w3id.lkg.sparql;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Puts RDF terms in place of variables in a parsed query (Jena's syntax-level {@code QueryTransformOps.replaceVars}).
 * The value never passes through query text, so no value, however many quotes or braces it holds, can change the
 * query's shape. A substituted variable that is in the SELECT list stays there, as {@code (term AS ?var)}; unlike
 * {@code syntaxSubstitute}, no other variable is added to the SELECT list, so the result columns stay as declared.
 */
public final class Substitution {
    private Substitution() {}

    /** A new query with each named variable replaced by its term; {@code query} is left as it was. */
    public static Query apply(Query query, Map<String, Node> terms) {
        if (terms.isEmpty()) return query.cloneQuery();
        Map<Var, Node> map = new HashMap<>();
        terms.forEach((name, node) -> map.put(Var.alloc(name), node));
        return QueryTransformOps.replaceVars(query.cloneQuery(), map);
    }
}
