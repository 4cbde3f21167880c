package org.w3id.lkg.service.system;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.http.HttpStatus;

import org.w3id.lkg.sparql.SparqlSource;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.load.LoadBatch;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * The store every query runs on: the embedded TDB2 store or a remote endpoint. The service asks {@link #state()}
 * before each query and answers 503 while the store is not ready.
 */
public interface LkgStore {
    /** Where a store is in its life. */
    enum State { STARTING, LOADING, READY, FAILED }

    /** Where queries run. */
    SparqlSource source();

    /**
     * Where the lookups that resolve parameters run: {@link #source()} with their answers remembered for a while
     * (see {@link SparqlSource#cached}), since they repeat on every canned query and change only with a load.
     */
    SparqlSource lookups();

    State state();

    /**
     * What the data is now, for answers that may be reused while it stays the same (compared with equals): the count
     * of {@link #changes()}, so a new value after every load or retirement that commits here. Null when no answer may
     * be reused: while the store is not ready or a load is under way, and always for a store whose data may change
     * elsewhere (a remote endpoint).
     */
    default Object dataVersion() { return null; }

    /** A sentence on the state: what is loading, what failed, how many lists are loaded. */
    String detail();

    /** The store folder or the endpoint URL. */
    String describe();

    /** The SPARQL endpoint of the embedded Fuseki, when one runs. */
    Optional<String> fusekiEndpoint();

    /** The TDB2 store, in embedded mode: what keeps the lists' editions. Empty for a remote endpoint. */
    default Optional<TdbStore> tdb() { return Optional.empty(); }

    /**
     * Loads one list file as {@code lkg load} does (validated, atomic, guarded; a new edition or unchanged), while
     * queries go on. Only the embedded store can: a remote one answers 404.
     */
    default LoadBatch.Outcome load(Path file) {
        throw new ApiException(HttpStatus.NOT_FOUND, "lists are loaded into the embedded TDB2 store only; this service queries " + describe());
    }

    /** Retires list {@code key}, recorded (see {@code ListEditions.retire}); embedded store only. */
    default Edition retire(String key) {
        throw new ApiException(HttpStatus.NOT_FOUND, "lists are retired in the embedded TDB2 store only; this service queries " + describe());
    }

    /**
     * How many times this service has changed the store (a load, a retirement, the seeds checked): what is derived
     * from the graph (its version, the dumps, the dataset description) is made again when this moves, at once rather
     * than on its next periodic check. A remote store's changes are not seen here, so it stays 0.
     */
    default long changes() { return 0; }

    /** Throws {@link StoreNotReadyException} unless the store is ready. */
    default void requireReady() {
        State s = state();
        if (s != State.READY) throw new StoreNotReadyException("the store is " + s.name().toLowerCase() + ": " + detail());
    }
}
