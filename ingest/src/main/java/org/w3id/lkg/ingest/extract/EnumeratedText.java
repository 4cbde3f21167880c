package org.w3id.lkg.ingest.extract;

import java.util.List;

/**
 * A field split into its enumerated entries, with the phrase that led into them.
 *
 * @param leadIn  the text before the first entry without its closing punctuation (直接实施责任), or "" when none
 * @param entries the entries in order, each without its number and trailing punctuation
 */
public record EnumeratedText(String leadIn, List<String> entries) {
    public EnumeratedText {
        leadIn = leadIn == null ? "" : leadIn;
        entries = List.copyOf(entries);
    }
}
