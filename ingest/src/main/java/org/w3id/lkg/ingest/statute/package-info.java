/**
 * Official statute texts, read from a folder of Markdown files (one per document version), and the audit of a list's
 * citations against them: provisions that do not exist in the text, quoted wording that differs from it.
 */
package org.w3id.lkg.ingest.statute;
