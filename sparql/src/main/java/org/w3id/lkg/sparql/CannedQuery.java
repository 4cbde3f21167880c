package org.w3id.lkg.sparql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.query.Query;

/**
 * One canned query: a {@code sparql/NAME.rq} file read with its header. Immutable; {@link #query()} hands out a copy so
 * that no caller can change the parsed original.
 */
public final class CannedQuery {
    private final String name;
    private final String title;
    private final String description;
    private final List<QueryParameter> parameters;
    private final List<String> resultVariables;
    private final String text;
    private final Query query;

    CannedQuery(String name, String title, String description, List<QueryParameter> parameters,
                List<String> resultVariables, String text, Query query) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = title == null ? name : title;
        this.description = description == null ? "" : description;
        this.parameters = List.copyOf(parameters);
        this.resultVariables = List.copyOf(resultVariables);
        this.text = Objects.requireNonNull(text, "text");
        this.query = Objects.requireNonNull(query, "query");
    }

    /** The name, equal to the file's stem: {@code items-by-article}. */
    public String name() { return name; }

    /** A one-line title. */
    public String title() { return title; }

    /** What the query answers, in a sentence or two. */
    public String description() { return description; }

    /** The declared parameters, in header order. */
    public List<QueryParameter> parameters() { return parameters; }

    /** The declared parameter of this name. */
    public Optional<QueryParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** The declared result variables without {@code ?}, equal to the SELECT list. */
    public List<String> resultVariables() { return resultVariables; }

    /** The file's text, header included. */
    public String text() { return text; }

    /** A fresh copy of the parsed query, parameters unbound. */
    public Query query() { return query.cloneQuery(); }

    /**
     * Binds the given parameter values (as typed by a user) and returns the query to run. References are resolved
     * against {@code source}; values are substituted as RDF terms into the parsed query.
     *
     * @throws ParameterException for a missing, unknown or bad value
     */
    public BoundQuery bind(Map<String, String> values, SparqlSource source) {
        return new ParameterBinder(source).bind(this, values);
    }

    @Override public String toString() { return "CannedQuery[" + name + "]"; }
}
