/**
 * The store the service queries and everything around it: configuration ({@link org.w3id.lkg.service.system.LkgProperties}),
 * the embedded mode (a TDB2 folder, seeds loaded on first start, an embedded Fuseki on its own port) and the remote mode
 * (every query sent to a SPARQL 1.1 endpoint), health, query metrics, CORS and the mapping of failures to HTTP answers.
 */
package org.w3id.lkg.service.system;
