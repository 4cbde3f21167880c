package org.w3id.lkg.ingest.statute;

import org.w3id.lkg.ontology.FindingKind;

/** What the audit found wrong with one citation: a finding kind (provision-not-in-text, …) and a message for people. */
public record AuditProblem(FindingKind kind, String message) {}
