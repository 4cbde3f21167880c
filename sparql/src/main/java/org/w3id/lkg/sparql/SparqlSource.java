package org.w3id.lkg.sparql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Somewhere SPARQL queries run: a local dataset ({@link #of(DatasetGraph)}) or a remote SPARQL 1.1 endpoint
 * ({@link #remote(String)}). Canned queries and the resolvers talk to this interface only, so they work the same
 * over RDF files, a TDB2 store, an embedded Fuseki or any other store.
 *
 * <p>The default graph a query sees is the union of the data: a local dataset's named graphs merged with its default
 * graph; a remote endpoint must be configured so (Fuseki: {@code tdb2:unionDefaultGraph true}).
 */
public interface SparqlSource {
    /**
     * Runs {@code query} and hands the open execution to {@code action}, inside whatever transaction the source needs;
     * the execution is closed when {@code action} returns. Results must be consumed inside {@code action}.
     *
     * @param timeout the overall time limit, after which the query is cancelled and iterating it throws
     *                {@link org.apache.jena.query.QueryCancelledException}; null for none
     */
    <T> T execute(Query query, Duration timeout, Function<QueryExec, T> action);

    /** A short description for messages and logs: the endpoint URL or the kind of dataset. */
    String describe();

    /**
     * Runs a SELECT query and returns its rows, read into memory and detached from the store: every term is
     * resolved inside the transaction (TDB2 bindings would otherwise look their terms up after it ended).
     */
    default RowSetRewindable select(Query query) {
        return execute(query, null, qe -> {
            RowSet rows = qe.select();
            List<Binding> copies = new ArrayList<>();
            rows.forEachRemaining(b -> {
                BindingBuilder copy = BindingBuilder.create();
                b.forEach(copy::add);
                copies.add(copy.build());
            });
            return RowSetStream.create(rows.getResultVars(), copies.iterator()).rewindable();
        });
    }

    /** A source over a local dataset (in memory, from files, or TDB2). */
    static SparqlSource of(DatasetGraph dataset) { return new DatasetSource(dataset); }

    /** A source over a local dataset (in memory, from files, or TDB2). */
    static SparqlSource of(Dataset dataset) { return new DatasetSource(dataset.asDatasetGraph()); }

    /**
     * This source with the rows of {@link #select} remembered for {@code ttl} (at most 1000 answers): for the small,
     * repeated lookups of the resolvers, whose answers change only when data is loaded. {@link #execute} is not cached.
     */
    static SparqlSource cached(SparqlSource source, Duration ttl) { return new CachingSource(source, ttl, 1000); }

    /** A source that sends every query to a SPARQL 1.1 Protocol endpoint, e.g. {@code http://localhost:3030/lkg/sparql}. */
    static SparqlSource remote(String endpointUrl) { return new EndpointSource(endpointUrl); }
}
