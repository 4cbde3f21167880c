/**
 * The lkg ontology as code and as data: the {@link org.w3id.lkg.ontology.Lkg} vocabulary, the
 * {@link org.w3id.lkg.ontology.IriScheme} that mints every data IRI, {@link org.w3id.lkg.ontology.ChineseNumber}
 * for the numerals legal text uses, {@link org.w3id.lkg.ontology.FindingKind} and
 * {@link org.w3id.lkg.ontology.Severity} (the finding vocabulary, kept in step with the finding-kind scheme), and
 * {@link org.w3id.lkg.ontology.OntologyResources}, which reads the
 * OWL ontology ({@code lkg.ttl}), the SKOS concept schemes ({@code schemes.ttl}) and the SHACL shapes
 * ({@code shapes.ttl}) from this package's resources and validates data against them.
 *
 * <p>The text rules all modules share (title key, numeral grammar, markup) are in {@code org.w3id.lkg.ontology.text}.
 *
 * <p>Every other module depends on this one and on nothing else for the names of the graph; see
 * {@code ontology/MODEL.md} for the contract.
 */
package org.w3id.lkg.ontology;
