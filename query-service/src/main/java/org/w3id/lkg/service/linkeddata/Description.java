package org.w3id.lkg.service.linkeddata;

import org.apache.jena.graph.Graph;

/**
 * What the service says about one resource: its own triples, the labels of what it links to, and one page of the
 * links that point to it ({@code incoming} in all, {@code page} of {@code pages}, {@code pageSize} each).
 */
public record Description(String iri, Graph graph, long incoming, int page, int pageSize) {
    /** Whether the store knows the resource at all. */
    public boolean exists() { return !graph.isEmpty(); }

    /** How many pages the incoming links fill (at least one). */
    public int pages() { return (int) Math.max(1, (incoming + pageSize - 1) / pageSize); }
}
