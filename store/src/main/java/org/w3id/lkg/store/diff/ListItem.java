package org.w3id.lkg.store.diff;

import java.util.SortedMap;
import java.util.SortedSet;

/**
 * One power item as editions are compared: what identifies it (code, name, basis) and what a change is reported on.
 * {@code ref} is its place in its list ({@code 4-30}: section 4, item 30); citations are keyed by the field they are in and
 * the provision (or document) they cite, sanctions by what they are a sanction of.
 */
public record ListItem(String iri, String ref, String code, String name, String powerType, String body, String unit,
                       String responsibility, SortedMap<String, Cited> citations, SortedMap<String, String> sanctions) {

    /**
     * A citation: the provision or document it points to, the document that holds it (with the field it is cited in,
     * so that a citation re-pointed is one within the same field and document), and its label.
     */
    public record Cited(String target, String document, String label) {}

    /** The provisions and documents the item rests on: with the name, what matches an item that has no code. */
    public SortedSet<String> basis() { return new java.util.TreeSet<>(citations.keySet()); }

    /** How the item is named in a report: {@code 4-30 组织解矫宣告}. */
    public String line() { return ref + " " + name; }
}
