/**
 * RDF out: {@link org.w3id.lkg.ingest.rdf.PowerListRdfWriter} receives an analysed list (an
 * {@link org.w3id.lkg.ingest.analysis.AnalysedListHandler}) and serialises it as lkg: triples into a Jena
 * {@code StreamRDF}; IRIs come from the ontology module's IriScheme. The writers here decide nothing and read no
 * state back from each other: what to write was settled by the analysis stage.
 */
package org.w3id.lkg.ingest.rdf;
