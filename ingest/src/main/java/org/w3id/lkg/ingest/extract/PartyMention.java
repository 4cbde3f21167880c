package org.w3id.lkg.ingest.extract;

/**
 * One party term found in a text.
 *
 * @param party  the party it names
 * @param term   the term as written (律师事务所负责人)
 * @param offset where the term starts in the text, counting chars from 0
 */
public record PartyMention(Party party, String term, int offset) {}
