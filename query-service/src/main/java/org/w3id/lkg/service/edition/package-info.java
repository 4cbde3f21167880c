/**
 * The lists' editions over HTTP: which editions a list has, what changed between two of them, and where a query runs
 * when it asks for an older edition (by its graph, or with {@code edition=KEY/N}).
 */
package org.w3id.lkg.service.edition;
