package org.w3id.lkg.service.system;

import java.time.Duration;
import java.util.Optional;

import org.apache.jena.query.QueryFactory;
import org.w3id.lkg.sparql.SparqlSource;

/**
 * The remote mode: every query goes to a SPARQL 1.1 endpoint given by URL, whose default graph should be the union
 * of the lists' graphs (Fuseki: {@code tdb2:unionDefaultGraph true}; {@code lkg fuseki} serves one so), or every
 * graph's triples (Virtuoso: {@link DefaultGraph#ALL_GRAPHS}, the queries rewritten to match each triple once). The
 * service loads nothing here: {@code lkg load --endpoint} does.
 */
final class RemoteStore implements LkgStore {
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(3);

    /** The endpoint's data may change under us at any time: lookups are remembered for a minute only. */
    private static final Duration LOOKUP_TTL = Duration.ofMinutes(1);

    private final String endpoint;
    private final SparqlSource source;
    private final SparqlSource lookups;

    /** What the endpoint's default graph is when a query names none: the service's queries expect the merge. */
    enum DefaultGraph {
        /** The merge of the named graphs, each triple once (Fuseki with {@code tdb2:unionDefaultGraph}): sent as written. */
        UNION,
        /** Every named graph's triples, duplicates kept (Virtuoso): rewritten by {@link MergedDefaultGraph}. */
        ALL_GRAPHS;

        /** {@code union} or {@code all-graphs}, as {@code lkg.endpoint-default-graph} spells them. */
        static DefaultGraph named(String name) {
            for (DefaultGraph g : values()) {
                if (g.spelling().equals(name.strip().toLowerCase(java.util.Locale.ROOT))) return g;
            }
            throw new IllegalArgumentException("lkg.endpoint-default-graph: expected union or all-graphs, found '" + name + "'");
        }

        String spelling() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    private final DefaultGraph defaultGraph;

    RemoteStore(String endpoint, DefaultGraph defaultGraph) {
        this.endpoint = endpoint;
        this.defaultGraph = defaultGraph;
        SparqlSource remote = SparqlSource.remote(endpoint);
        this.source = defaultGraph == DefaultGraph.ALL_GRAPHS ? new MergedDefaultGraph(remote) : remote;
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
    public String detail() {
        return "remote endpoint " + endpoint + (defaultGraph == DefaultGraph.UNION ? "" : " (default graph: " + defaultGraph.spelling() + ")");
    }

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
