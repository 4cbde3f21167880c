/**
 * Citations of law in a basis text: {@link org.w3id.lkg.ingest.citation.CitationParser} finds titles, article runs,
 * 款 and 项, bare continuations and indirect references inside quoted wording;
 * {@link org.w3id.lkg.ingest.citation.DocumentRegistry} resolves titles (short, prefixed, variant) to one document.
 */
package org.w3id.lkg.ingest.citation;
