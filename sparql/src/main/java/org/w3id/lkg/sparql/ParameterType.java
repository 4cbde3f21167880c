package org.w3id.lkg.sparql;

import java.util.Arrays;
import java.util.Locale;

/** The type of a canned query's parameter, as named in the {@code # param:} header line. */
public enum ParameterType {
    /** Any text, bound as an {@code xsd:string} literal. */
    STRING("string"),
    /** A whole number (Arabic or Chinese numerals), bound as {@code xsd:integer}. */
    INTEGER("integer"),
    /** A decimal number, bound as {@code xsd:decimal}. */
    DECIMAL("decimal"),
    /** An article, paragraph or point as people write it ({@code 律师法第四十九条}), bound as the provision's IRI. */
    ARTICLE_REF("article-ref"),
    /** A statute or other legal document by title or alias ({@code 律师法}), bound as the document's IRI. */
    STATUTE("statute"),
    /** Either an article reference or a bare statute title: the provision's IRI, or the document's when no article is given. */
    LEGAL_REF("legal-ref"),
    /** A handling unit (承办机构) by name, bound as its {@code org:OrganizationalUnit} IRI. */
    UNIT("unit"),
    /** A party (行政相对人) by label or key, bound as its concept IRI in {@code scheme/party}. */
    PARTY("party"),
    /** A power type by label or key, bound as its concept IRI in {@code scheme/power-type}. */
    POWER_TYPE("power-type"),
    /** A sanction type by label or key, bound as its concept IRI in {@code scheme/sanction-type}. */
    SANCTION_TYPE("sanction-type"),
    /** An absolute IRI, bound as itself. */
    IRI("iri");

    private final String key;

    ParameterType(String key) { this.key = key; }

    /** The name the header uses, e.g. {@code article-ref}. */
    public String key() { return key; }

    /** The type a header names; a {@link CannedQueryException} (a bad query file) with the known names otherwise. */
    public static ParameterType fromKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (ParameterType t : values()) if (t.key.equals(k)) return t;
        throw new CannedQueryException("unknown parameter type '" + key.strip() + "'; available: "
                + Arrays.stream(values()).map(ParameterType::key).toList());
    }

    /** The concept scheme whose labels this type accepts, or null when it is not a concept type. */
    String scheme() {
        return switch (this) {
            case PARTY -> "party";
            case POWER_TYPE -> "power-type";
            case SANCTION_TYPE -> "sanction-type";
            default -> null;
        };
    }

    @Override public String toString() { return key; }
}
