/**
 * The store stage: puts each power list's graph into a store, atomically and validated.
 *
 * <p>A {@link org.w3id.lkg.ingest.load.ListLoader} takes a {@link org.w3id.lkg.ingest.load.ListSource} (one list's
 * triples, streamed), stages them, validates the staged graph with SHACL through a
 * {@link org.w3id.lkg.ingest.load.ListValidator}, and only if it conforms replaces the list's named graph.
 * {@link org.w3id.lkg.ingest.load.TdbListLoader} does all of that in one TDB2 write transaction, so a failed
 * validation or a killed process leaves the previous graph as it was; {@link org.w3id.lkg.ingest.load.RemoteListLoader}
 * does it against any SPARQL 1.1 store (Graph Store Protocol PUT to a staging graph, then one
 * {@code MOVE} update). {@link org.w3id.lkg.ingest.load.LoadBatch} runs many lists, each committed on its own.
 * {@link org.w3id.lkg.ingest.load.LkgFuseki} serves a store with Fuseki, with the union of the named graphs as the
 * default graph for queries.
 *
 * <p>Failures are kept apart: {@link org.w3id.lkg.ingest.load.StoreException} when the store or endpoint fails,
 * {@link org.w3id.lkg.ingest.load.InvalidListException} when a list does not conform, and the reader's
 * {@link org.w3id.lkg.ingest.table.PowerListFormatException} for a list that cannot be read.
 * Counting and progress are {@link org.apache.jena.riot.system.StreamRDF} wrappers
 * ({@link org.w3id.lkg.ingest.load.CountingStream}, {@link org.w3id.lkg.ingest.load.ProgressStream}), not loader flags.
 * {@link org.w3id.lkg.ingest.load.CityListGenerator} makes the store benchmark's input (bench/store/).
 */
package org.w3id.lkg.ingest.load;
