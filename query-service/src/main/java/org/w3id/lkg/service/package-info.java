/**
 * The query service: a Spring Boot application that answers SPARQL ({@code sparql}), canned queries
 * ({@code canned}) and reference resolution ({@code resolve}) over one store, embedded (TDB2 plus an embedded
 * Fuseki) or remote (any SPARQL 1.1 endpoint), set up in {@code system}. Nothing here parses power lists: the
 * store stage of ingest loads the seeds.
 */
package org.w3id.lkg.service;
