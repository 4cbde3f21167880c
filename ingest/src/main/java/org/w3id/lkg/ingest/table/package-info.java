/**
 * Table reading: decode a file (UTF-8 or GB18030), split it into rows of cells in TSV or CSV, and push each
 * row with its file, line and column to a {@link org.w3id.lkg.ingest.table.RowHandler}. Knows nothing of power lists.
 */
package org.w3id.lkg.ingest.table;
