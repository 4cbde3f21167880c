package org.w3id.lkg.ingest.analysis;

import org.w3id.lkg.ingest.extract.PartyRecognizer;
import org.w3id.lkg.ingest.extract.SanctionExtractor;

/** The extractors, built once per JVM: HanLP's dictionaries take a quarter of a second to load and are read-only. */
final class Extractors {
    private Extractors() {}

    static PartyRecognizer parties() { return Built.PARTIES; }

    static SanctionExtractor sanctions() { return Built.SANCTIONS; }

    // Class initialisation builds them lazily and thread-safely, once.
    private static final class Built {
        static final PartyRecognizer PARTIES = PartyRecognizer.create();
        static final SanctionExtractor SANCTIONS = new SanctionExtractor(PARTIES);
    }
}
