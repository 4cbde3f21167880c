package org.w3id.lkg.service.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.sparql.UserQuery;

/**
 * What a public endpoint accepts: queries only (an update, LOAD included, is refused with 403), no {@code SERVICE}
 * anywhere in the query (403: no query makes the server call another host), and at most {@code maxResults} rows.
 */
public final class QueryPolicy {
    private final int maxResults;

    public QueryPolicy(int maxResults) {
        this.maxResults = maxResults;
    }

    /** Parses a query sent by a user: 400 with the parser's message when it does not parse, 403 for an update. */
    public Query parse(String text) {
        if (text == null || text.isBlank()) throw ApiException.badRequest("the query is empty");
        Query query;
        try {
            query = UserQuery.parse(text);
        } catch (UserQuery.NotAQueryException e) {
            if (e.isUpdate()) throw refuseUpdate();
            throw ApiException.badRequest("the query does not parse: " + e.getMessage());
        }
        check(query);
        return query;
    }

    /** The answer to an update, however it came. */
    public static ApiException refuseUpdate() {
        return ApiException.refused("SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, …) is refused: "
                + "this endpoint is read-only; data gets in with 'lkg load'");
    }

    /** Refuses a query with {@code SERVICE} anywhere: in the pattern, a subquery, or an EXISTS filter. */
    public void check(Query query) {
        Op op = Algebra.compile(query);
        boolean[] service = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpService s) { service[0] = true; }
        }, new ExprVisitorBase());
        if (service[0]) throw ApiException.refused("SERVICE is refused: queries run on this store only and make no requests to other hosts");
    }

    /**
     * The query to run: {@code query} itself when it already asks for at most the cap, else a copy limited to the cap.
     * ASK is never limited.
     */
    public Query limit(Query query) {
        if (query.isAskType()) return query;
        if (query.hasLimit() && query.getLimit() <= maxResults) return query;
        Query limited = query.cloneQuery();
        limited.setLimit(maxResults);
        return limited;
    }

    /** The cap. */
    public int maxResults() { return maxResults; }
}
