/**
 * The load contract: puts each power list's graph into a store, atomically and validated.
 *
 * <p>A {@link org.w3id.lkg.store.load.ListLoader} takes a {@link org.w3id.lkg.store.load.ListSource} (one list's
 * triples, streamed), stages them, validates the staged graph with SHACL through a
 * {@link org.w3id.lkg.store.load.ListValidator}, and only if it conforms replaces the list's named graph.
 * {@link org.w3id.lkg.store.load.LoadBatch} runs many lists, each committed on its own or a batch at a time
 * ({@code ListLoader.loadBatch}: each list of a batch whole or as it was). The implementations are
 * {@code store.tdb.TdbListLoader} (validated in memory, one TDB2 write transaction per batch) and
 * {@code store.remote.RemoteListLoader} (Graph Store Protocol PUTs to temporary graphs, then one SPARQL Update).
 *
 * <p>Failures are kept apart: {@link org.w3id.lkg.store.StoreException} when the store or endpoint fails,
 * {@link org.w3id.lkg.store.load.InvalidListException} when a list does not conform, and the reader's
 * {@link org.w3id.lkg.ingest.table.PowerListFormatException} for a list that cannot be read.
 * Counting and progress are {@link org.apache.jena.riot.system.StreamRDF} wrappers
 * ({@link org.w3id.lkg.store.load.CountingStream}, {@link org.w3id.lkg.store.load.ProgressStream}), not loader flags.
 */
package org.w3id.lkg.store.load;
