/**
 * TDB2: {@link org.w3id.lkg.store.tdb.TdbStore} opens a store folder (refusing folders that are not stores, naming
 * the process that holds a lock, union default graph on) and {@link org.w3id.lkg.store.tdb.TdbListLoader} stages,
 * validates and swaps in each list within one write transaction, so a failure or a {@code kill -9} leaves the
 * previous graph as it was.
 */
package org.w3id.lkg.store.tdb;
