/**
 * The {@code lkg} command line (picocli): thin commands that check their arguments and call the stages;
 * exceptions become exit codes in one place, {@link org.w3id.lkg.ingest.cli.LkgCommand}.
 */
package org.w3id.lkg.ingest.cli;
