package org.w3id.lkg.ingest.analysis;

import org.w3id.lkg.ingest.citation.RegisteredDocument;

/**
 * A document a list cites: its key and title, the registry entry when there is one (null for an unknown title), and
 * its rank concept IRI (from the registry, else from the 【法律】… tag in force, else null).
 */
public record CitedDocument(String key, String title, RegisteredDocument registered, String rankIri) {
    /** The title to show: the registry's canonical title, else the title as written. */
    public String displayTitle() { return registered != null ? registered.canonicalTitle() : title; }
}
