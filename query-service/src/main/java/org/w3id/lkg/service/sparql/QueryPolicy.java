package org.w3id.lkg.service.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.springframework.http.HttpStatus;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.sparql.UserQuery;

/**
 * What a public endpoint accepts: queries only (an update, LOAD included, is refused with 403), no {@code SERVICE}
 * anywhere in the query (403: no query makes the server call another host), at most {@code maxLength} characters
 * (413), nested at most {@code maxDepth} deep (400), and at most {@code maxResults} rows.
 */
public final class QueryPolicy {
    private final int maxResults;
    private final int maxLength;
    private final int maxDepth;

    public QueryPolicy(int maxResults, int maxLength, int maxDepth) {
        this.maxResults = maxResults;
        this.maxLength = maxLength;
        this.maxDepth = maxDepth;
    }

    /**
     * Parses a query sent by a user: 413 when it is longer than the limit, 400 when it nests too deeply or does not
     * parse (with the parser's message), 403 for an update or SERVICE.
     */
    public Query parse(String text) {
        if (text == null || text.isBlank()) throw ApiException.badRequest("the query is empty");
        if (text.length() > maxLength) throw tooLong(text.length());
        if (QueryDepth.of(text, maxDepth) > maxDepth) throw tooDeep();
        Query query;
        try {
            query = UserQuery.parse(text);
            check(query);
        } catch (UserQuery.NotAQueryException e) {
            if (e.isUpdate()) throw refuseUpdate();
            throw ApiException.badRequest("the query does not parse: " + e.getMessage());
        } catch (StackOverflowError e) {
            // the depth scan bounds what it can see; anything it misses still ends here, not in a 500
            throw tooDeep();
        }
        return query;
    }

    /** The answer to a query text over the length limit. */
    public ApiException tooLong(long length) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the query is " + length + " characters long; this endpoint takes at most "
                + maxLength + " (lkg.max-query-length)");
    }

    /** The answer to a query that nests deeper than the limit (or than a thread's stack). */
    public ApiException tooDeep() {
        return ApiException.badRequest("the query nests deeper than this endpoint allows (lkg.max-query-depth = " + maxDepth
                + ": groups and brackets inside each other, or UNION alternatives in one chain)");
    }

    /** Most characters a query text may have. */
    public int maxLength() { return maxLength; }

    /** The answer to an update, however it came. */
    public static ApiException refuseUpdate() {
        return ApiException.refused("SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, …) is refused: "
                + "this endpoint is read-only; data gets in with 'lkg load'");
    }

    /**
     * Refuses a query with {@code SERVICE} anywhere: in the pattern, a subquery, or an EXISTS inside a filter, a BIND,
     * a projection, ORDER BY, GROUP BY, HAVING or an aggregate.
     */
    public void check(Query query) {
        if (ServiceFinder.in(Algebra.compile(query))) throw refuseService();
    }

    /** The answer to a query that asks the server to call another host. */
    public static ApiException refuseService() {
        return ApiException.refused("SERVICE is refused: queries run on this store only and make no requests to other hosts");
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
