/**
 * The analysis stage, between reading and writing: {@link org.w3id.lkg.ingest.analysis.PowerListAnalyser} receives a
 * power list as the list reader recognises it and pushes it on, analysed, to an
 * {@link org.w3id.lkg.ingest.analysis.AnalysedListHandler}. Each row becomes an
 * {@link org.w3id.lkg.ingest.analysis.AnalysedItem}: its basis cells parsed once into citations, the parties it acts
 * on (from its name, else from the wording its citations quote), its responsibility steps, the sanctions its name
 * names, and its findings (audit problems included). After the last row the documents, provisions and wordings the
 * list cites, with the sanctions read from that wording, arrive once as {@link org.w3id.lkg.ingest.analysis.CitedWorks}.
 *
 * <p>Nothing here knows RDF or IRIs beyond concept keys: a provision is a {@link
 * org.w3id.lkg.ingest.analysis.CitedProvision} (document key and number), and the writer mints its IRI.
 */
package org.w3id.lkg.ingest.analysis;
