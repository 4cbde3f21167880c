/** {@code GET /api/resolve?ref=…}: how a reference as people write it resolves to an IRI of the graph, or why not. */
package org.w3id.lkg.service.resolve;
