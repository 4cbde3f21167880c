/**
 * The ingest stage: {@link org.w3id.lkg.ingest.PowerListIngest} turns one power-list file into the RDF of its named
 * graph, wiring the sub-packages table → list → analysis (with citation, extract and statute) → rdf into a stream.
 */
package org.w3id.lkg.ingest;
