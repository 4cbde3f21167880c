/**
 * The text rules every module shares, written once: the {@link org.w3id.lkg.ontology.text.TitleKey} that two
 * spellings of one statute title have in common (ingest's document registry and the query side's resolver both
 * key titles with it, so a reference resolves the same way everywhere), the {@link org.w3id.lkg.ontology.text.Numeral}
 * grammar (which characters make a numeral in legal text, Chinese, Arabic or full-width; its value is read by
 * {@link org.w3id.lkg.ontology.ChineseNumber}), and {@link org.w3id.lkg.ontology.text.Markup}, the export markup
 * ({@code <p>}, {@code <br/>}, {@code &nbsp;}) that lists carry inside their cells.
 *
 * <p>These live in the ontology module because it is the one module every other depends on; they need nothing but
 * the JDK.
 */
package org.w3id.lkg.ontology.text;
