package org.w3id.lkg.ingest.rdf;

import org.w3id.lkg.ingest.extract.PartyRecognizer;
import org.w3id.lkg.ingest.extract.SanctionExtractor;

/** The extractors, built once per JVM: HanLP's dictionaries take a quarter of a second to load and are read-only. */
final class Extractors {
    private static volatile PartyRecognizer parties;
    private static volatile SanctionExtractor sanctions;

    private Extractors() {}

    static PartyRecognizer parties() {
        PartyRecognizer p = parties;
        if (p == null) parties = p = PartyRecognizer.create();
        return p;
    }

    static SanctionExtractor sanctions() {
        SanctionExtractor s = sanctions;
        if (s == null) sanctions = s = new SanctionExtractor(parties());
        return s;
    }
}
