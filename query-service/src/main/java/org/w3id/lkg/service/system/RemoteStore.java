package org.w3id.lkg.service.system;

import java.time.Duration;
import java.util.Optional;

import org.apache.jena.query.QueryFactory;
import org.w3id.lkg.sparql.SparqlSource;

/**
 * The remote mode: every query goes to a SPARQL 1.1 endpoint given by URL, whose default graph should be the union
 * of the lists' graphs (Fuseki: {@code tdb2:unionDefaultGraph true}; {@code lkg fuseki} serves one so). The service
 * loads nothing here: {@code lkg load --endpoint} does.
 */
final class RemoteStore implements LkgStore {
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(3);

    /** The endpoint's data may change under us at any time: lookups are remembered for a minute only. */
    private static final Duration LOOKUP_TTL = Duration.ofMinutes(1);

    private final String endpoint;
    private final SparqlSource source;
    private final SparqlSource lookups;

    RemoteStore(String endpoint) {
        this.endpoint = endpoint;
        this.source = SparqlSource.remote(endpoint);
        this.lookups = SparqlSource.cached(source, LOOKUP_TTL);
    }

    @Override
    public SparqlSource source() { return source; }

    @Override
    public SparqlSource lookups() { return lookups; }

    /** Always READY: whether the endpoint answers is the health check's question ({@link #ping()}). */
    @Override
    public State state() { return State.READY; }

    @Override
    public String detail() { return "remote endpoint " + endpoint; }

    @Override
    public String describe() { return endpoint; }

    @Override
    public Optional<String> fusekiEndpoint() { return Optional.empty(); }

    /** Asks the endpoint {@code ASK {}}; the failure's message when it does not answer. */
    Optional<String> ping() {
        try {
            source.execute(QueryFactory.create("ASK {}"), PING_TIMEOUT, qe -> qe.ask());
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
