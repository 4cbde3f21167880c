/**
 * TDB2: {@link org.w3id.lkg.store.tdb.TdbStore} opens a store folder (refusing folders that are not stores, naming
 * the process that holds a lock, union default graph on; its size and when compacting is worth it:
 * {@link org.w3id.lkg.store.tdb.StoreSize}) and {@link org.w3id.lkg.store.tdb.TdbListLoader} validates each list and
 * swaps it in, a batch of lists within one write transaction ({@link org.w3id.lkg.store.tdb.IndexOrderedWrite} writes
 * each index in its own order), so a failure or a {@code kill -9} leaves every list of the batch as it was.
 */
package org.w3id.lkg.store.tdb;
