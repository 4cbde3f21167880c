/**
 * Linked data: every IRI of the graph answers on the service at its own path ({@code /id/…}, {@code /ontology},
 * {@code /scheme/…}) by content negotiation (HTML, Turtle, JSON-LD, RDF/XML, N-Triples, TriG), with the same forms by
 * suffix; the dataset description (VoID and DCAT) at {@code /.well-known/void}; the dumps at {@code /dumps/}.
 * Descriptions are SPARQL queries ({@code *.rq} beside this package) run on the service's store.
 */
package org.w3id.lkg.service.linkeddata;
