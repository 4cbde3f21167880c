/**
 * The SPARQL 1.1 Protocol endpoint {@code /sparql} (query only) and the query running every endpoint shares:
 * reading and checking a query ({@link org.w3id.lkg.service.sparql.QueryPolicy}: no update, no SERVICE, a result
 * cap), choosing the result format by Accept or {@code ?format=} ({@link org.w3id.lkg.service.sparql.ResultFormat}),
 * running it with a timeout and writing the answer ({@link org.w3id.lkg.service.sparql.SparqlRunner}).
 */
package org.w3id.lkg.service.sparql;
