package org.w3id.lkg.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;

/** A query as a user wrote it (command line, HTTP): parsed, or refused as an update or as bad syntax. */
public final class UserQuery {
    private UserQuery() {}

    /**
     * The base that relative IRIs in a user's query resolve against: the data's default base, never the working
     * directory of whoever runs it (which would leak a path as {@code file:///…}).
     */
    public static final String BASE = org.w3id.lkg.ontology.Lkg.DEFAULT_DATA_BASE;

    /**
     * Parses {@code text} as a SPARQL query (ARQ syntax), relative IRIs against {@link #BASE}.
     *
     * @throws NotAQueryException when it does not parse; {@link NotAQueryException#isUpdate()} says whether it is
     *         a SPARQL Update, which read-only callers refuse by name rather than as a syntax error
     */
    public static Query parse(String text) {
        try {
            return QueryFactory.create(text, BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new NotAQueryException(isUpdate(text), e);
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text, BASE);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Text that is not a query: an update, or a syntax error with the parser's message. */
    public static final class NotAQueryException extends RuntimeException {
        private final boolean update;

        NotAQueryException(boolean update, QueryParseException cause) {
            super(cause.getMessage(), cause);
            this.update = update;
        }

        /** True when the text is a SPARQL Update (INSERT, DELETE, LOAD …). */
        public boolean isUpdate() { return update; }

        /** The parser's first line: what it met and where (the rest lists every token it could have taken). */
        public String firstLine() {
            String m = getMessage();
            int nl = m.indexOf('\n');
            return nl < 0 ? m : m.substring(0, nl);
        }
    }
}
