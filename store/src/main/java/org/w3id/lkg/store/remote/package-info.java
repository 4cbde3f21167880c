/**
 * Loading into any SPARQL 1.1 store over HTTP: {@link org.w3id.lkg.store.remote.RemoteListLoader} validates locally,
 * PUTs the list to a temporary graph (Graph Store Protocol) and moves it into place with one SPARQL Update. The only
 * HTTP client of the project's data path lives here, not in ingest. {@link org.w3id.lkg.store.remote.RemoteEndpoint}
 * says where (the Graph Store Protocol and Update URLs, when not the dataset URL) and as whom (Basic or Digest).
 */
package org.w3id.lkg.store.remote;
