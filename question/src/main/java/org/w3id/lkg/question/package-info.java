/**
 * Questions in Chinese → canned queries: the question is normalised (NFKC, traditional → simplified), the entities
 * of the graph are found in it with a dictionary built from the graph itself ({@link GraphDictionary}), article
 * references are resolved as {@code /api/resolve} resolves them, amounts are read with the project's numeral rule,
 * and a table of intents ({@code intents.tsv}) maps what is left onto one canned query and its parameters. The
 * {@link Answer} carries the SPARQL that ran. A question no intent fits is refused with suggestions; no other query
 * ever runs.
 */
package org.w3id.lkg.question;
