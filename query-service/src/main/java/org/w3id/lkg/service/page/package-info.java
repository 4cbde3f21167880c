/**
 * The pages people read, server-rendered and readable without JavaScript: the home page, one page per kind of
 * resource (list, item, document, article / paragraph / point, unit or body, sanction type, party, power type,
 * findings, the ontology and each scheme), statute impact with its CSV and citation graph, the SPARQL editor and a
 * readable result page, and HTML error pages for browsers. Every page is written through {@link
 * org.w3id.lkg.service.page.Html}, which escapes all text, so no value from the graph can become markup.
 */
package org.w3id.lkg.service.page;
