package org.w3id.lkg.ingest.analysis;

import java.time.LocalDate;

/** A version of a cited document, named by its date and that date's event (通过, 修正 …; empty when unnamed). */
public record CitedVersion(String documentKey, LocalDate date, String event) {}
