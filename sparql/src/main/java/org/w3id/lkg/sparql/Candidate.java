package org.w3id.lkg.sparql;

/** A known value offered when a reference names nothing: its label, its IRI and how far it is from what was typed. */
public record Candidate(String label, String iri, int distance) {}
