/**
 * {@code GET /api/ask?q=…} and the {@code /ask?q=…} page: questions in Chinese answered by the question module's
 * engine over the store, with the SPARQL that ran. The engine's dictionary is rebuilt whenever the store starts a
 * fresh lookup cache, which it does after every load.
 */
package org.w3id.lkg.service.question;
