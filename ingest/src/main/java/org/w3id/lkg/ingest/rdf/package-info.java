/**
 * RDF out: {@link org.w3id.lkg.ingest.rdf.PowerListRdfWriter} receives the list as the reader recognises it and
 * streams lkg: triples into a Jena {@code StreamRDF}; IRIs come from the ontology module's IriScheme.
 */
package org.w3id.lkg.ingest.rdf;
