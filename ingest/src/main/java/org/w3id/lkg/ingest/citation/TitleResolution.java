package org.w3id.lkg.ingest.citation;

/** What a title in 《》 turned out to be: a registered document, the name of a form, or a document we do not know. */
public sealed interface TitleResolution {
    record Known(RegisteredDocument document) implements TitleResolution {}

    record Form(String name) implements TitleResolution {}

    /** A law-like title missing from the registry; {@code key} is minted from the title so it stays stable. */
    record Unknown(String title, String key) implements TitleResolution {}
}
