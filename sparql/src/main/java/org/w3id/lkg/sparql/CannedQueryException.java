package org.w3id.lkg.sparql;

/** A canned query file that cannot be read: a bad header, a query that does not parse, a header that disagrees with the query. */
public class CannedQueryException extends RuntimeException {
    public CannedQueryException(String message, Throwable cause) { super(message, cause); }

    public CannedQueryException(String message) { super(message); }
}
