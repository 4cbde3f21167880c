package org.w3id.lkg.ontology;

import java.util.Objects;

/** Mints the data IRIs of the graph under one configurable base, so ingest and the service agree on every name. */
public final class IriScheme {
    private final String base;

    private IriScheme(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The scheme under {@link Lkg#DEFAULT_DATA_BASE}. */
    public static IriScheme standard() { return new IriScheme(Lkg.DEFAULT_DATA_BASE); }

    /** The scheme under another base, e.g. {@code https://example.org/lkg/id/}. */
    public static IriScheme under(String base) { return new IriScheme(Objects.requireNonNull(base, "base")); }

    /** The base every data IRI starts with, ending in a slash. */
    public String base() { return base; }

    /** A legal document (the work, not one version): {@code doc/{key}}; key is the registry's ASCII key. */
    public String document(String key) { return base + "doc/" + segment(key); }

    /** One version of a document, named by its ISO date: {@code doc/{key}/version/2017-09-01}. */
    public String version(String documentKey, String isoDate) { return document(documentKey) + "/version/" + isoDate; }

    /** An article (条): {@code doc/{key}/art/49}. */
    public String article(String documentKey, int article) { return document(documentKey) + "/art/" + article; }

    /** A paragraph (款): {@code doc/{key}/art/49/para/1}. */
    public String paragraph(String documentKey, int article, int paragraph) {
        return article(documentKey, article) + "/para/" + paragraph;
    }

    /** A point (项); paragraph 0 means the list named the point without a paragraph. */
    public String point(String documentKey, int article, int paragraph, int point) {
        String parent = paragraph > 0 ? paragraph(documentKey, article, paragraph) : article(documentKey, article);
        return parent + "/point/" + point;
    }

    /** One power list, keyed by its source file's stem: {@code list/000_9601f697a03374a4}. */
    public String list(String listKey) { return base + "list/" + segment(listKey); }

    /** A catalogue section, numbered 1.. in the order of the list's title lines. */
    public String section(String listKey, int section) { return list(listKey) + "/section/" + section; }

    /** A power item by section and printed 序号, which restarts per section: {@code …/item/1-2}. */
    public String item(String listKey, int section, int number) { return list(listKey) + "/item/" + section + "-" + number; }

    /** The ordinal-th citation an item makes, in source order. */
    public String citation(String itemIri, int ordinal) { return itemIri + "/citation/" + ordinal; }

    /** The ordinal-th responsibility step of an item. */
    public String step(String itemIri, int ordinal) { return itemIri + "/step/" + ordinal; }

    /** The ordinal-th quality finding met while reading a list. */
    public String finding(String listKey, int ordinal) { return list(listKey) + "/finding/" + ordinal; }

    /** A sanction an article prescribes, one per (article, type, condition). */
    public String sanction(String provisionIri, String typeKey, boolean serious) {
        return sanction(provisionIri, typeKey + (serious ? "-serious" : ""));
    }

    /**
     * A sanction under its owner: the article whose wording prescribes it, or the item whose name alone states it
     * (each item names it in its own words, so such a sanction is the item's, not the article's).
     */
    public String sanction(String ownerIri, String localName) {
        return ownerIri + "/sanction/" + segment(localName);
    }

    /** An organisation by its name as written (Chinese names stay Chinese: IRIs are Unicode). */
    public String organization(String name) { return base + "org/" + segment(name); }

    /** An organisational unit (承办机构) of an organisation, by its name as written. */
    public String unit(String organizationIri, String unitName) { return organizationIri + "/unit/" + segment(unitName); }

    /** The named graph that holds one list's triples. */
    public String listGraph(String listKey) { return base + "graph/" + segment(listKey); }

    /** The named graph that holds the ontology, the concept schemes and the document registry. */
    public String ontologyGraph() { return base + "graph/ontology"; }

    /** The catalogue graph of the lists' editions (store/README.md), e.g. {@code …/graph/editions}. */
    public String editionsGraph() { return base + "graph/editions"; }

    /** A concept in one of the SKOS schemes: {@code https://w3id.org/lkg/scheme/power-type/administrative-penalty}. */
    public static String concept(String scheme, String key) { return Lkg.SCHEME_NS + scheme + "/" + key; }

    /** A SKOS concept scheme: {@code https://w3id.org/lkg/scheme/power-type}. */
    public static String scheme(String scheme) { return Lkg.SCHEME_NS + scheme; }

    // Characters that would break an IRI or a path segment are replaced; Chinese passes through.
    static String segment(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.strip().codePoints().forEach(cp -> {
            if (cp <= 0x20 || "<>\"{}|\\^`/?#%[]".indexOf(cp) >= 0 || Character.isWhitespace(cp)) out.append('_');
            else out.appendCodePoint(cp);
        });
        return out.toString();
    }
}
