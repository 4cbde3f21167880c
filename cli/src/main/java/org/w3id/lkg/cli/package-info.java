/**
 * The {@code lkg} command line (picocli): thin commands that check their arguments and call the stages (ingest,
 * store, sparql); exceptions become exit codes in one place, {@link org.w3id.lkg.cli.LkgCommand}.
 */
package org.w3id.lkg.cli;
