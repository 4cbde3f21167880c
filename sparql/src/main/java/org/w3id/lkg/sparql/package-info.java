/**
 * The canned queries and what it takes to run them: the {@link org.w3id.lkg.sparql.QueryCatalog} reads every
 * {@code sparql/*.rq} file and its header into a {@link org.w3id.lkg.sparql.CannedQuery}; the
 * {@link org.w3id.lkg.sparql.ParameterBinder} turns the text a user typed into typed RDF terms (resolving article
 * references, statute titles and labels against the graph) and substitutes them into the parsed query, never into
 * its text; a {@link org.w3id.lkg.sparql.SparqlSource} runs the result over a local dataset or a remote endpoint.
 */
package org.w3id.lkg.sparql;
