/**
 * Canned queries over HTTP: every {@code sparql/*.rq} file is {@code GET /api/queries/{name}} with its declared,
 * typed parameters bound safely by the sparql module; {@code GET /api/queries} lists them; each one is also a path
 * of its own in the OpenAPI description.
 */
package org.w3id.lkg.service.canned;
