/**
 * The store stage: puts power lists into a store, atomically and validated, and serves a store with Fuseki.
 *
 * <p>{@link org.w3id.lkg.store.ListLoad} is the one call, "load these lists into this store", used by the command
 * line's {@code lkg load} and by the query service's seed loading. Beneath it: {@code load} (the loader contract, the
 * batch, validators, counting and progress streams), {@code tdb} (the TDB2 store and its loader), {@code remote}
 * (the loader for any SPARQL 1.1 store) and {@code fuseki} (the embeddable Fuseki server).
 * {@link org.w3id.lkg.store.StoreException} is the stage's failure when the store or endpoint fails.
 */
package org.w3id.lkg.store;
