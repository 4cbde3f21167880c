/**
 * The embeddable Fuseki server ({@link org.w3id.lkg.store.fuseki.LkgFuseki}, dataset {@code /lkg}): run on its own by
 * {@code lkg fuseki} and beside the query service in its JVM.
 */
package org.w3id.lkg.store.fuseki;
