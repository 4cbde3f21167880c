package org.w3id.lkg.ingest.citation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A document of the curated registry: key, canonical title, rank, known versions and what superseded it. */
public record RegisteredDocument(String key, String iri, String canonicalTitle, List<String> aliases, String rankIri,
                                 Map<LocalDate, String> versions, String supersededByKey) {
    public boolean isSuperseded() { return supersededByKey != null; }
}
