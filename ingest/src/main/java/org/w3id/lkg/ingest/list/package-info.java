/**
 * Power-list structure over table rows: header roles mapped by meaning (any city's column names), titles,
 * sections, item rows aligned by content when their cells have slid, and findings for every repair.
 */
package org.w3id.lkg.ingest.list;
