package org.w3id.lkg.ingest.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The titles that lists cite and the registry lacks, with how often each is cited and the rank its title suggests:
 * what a curator adds to registry.ttl next ({@code lkg registry unknown LISTS…}). Titles are counted by the registry's
 * title key, so 《中华人民共和国行政许可法》 and 《行政许可法》 are one.
 */
public final class UnknownDocuments {
    /** One title the registry lacks: as first written, how often cited, in how many lists, the rank it suggests. */
    public record Entry(String title, int citations, int lists, String inferredRank) {}

    private final DocumentRegistry registry;
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, java.util.Set<String>> lists = new HashMap<>();
    private final Map<String, String> ranks = new HashMap<>();

    public UnknownDocuments(DocumentRegistry registry) { this.registry = registry; }

    /** Counts the unknown titles a basis text of list {@code list} cites. */
    public void add(String list, String basisText) {
        for (CitationMention m : registry.parser().parse(basisText)) {
            if (!(registry.resolve(m.title()) instanceof TitleResolution.Unknown u)) continue;
            titles.putIfAbsent(u.key(), u.title());
            counts.merge(u.key(), 1, Integer::sum);
            lists.computeIfAbsent(u.key(), k -> new java.util.HashSet<>()).add(list);
            TitleRank.Inference r = TitleRank.infer(u.title(), m.version() == null ? null : m.version().text());
            if (r != null) ranks.putIfAbsent(u.key(), r.rankKey() + (r.region() != null ? ", " + r.region() : ""));
        }
    }

    /** The unknown titles, most cited first. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (var e : titles.entrySet()) {
            out.add(new Entry(e.getValue(), counts.get(e.getKey()), lists.get(e.getKey()).size(), ranks.get(e.getKey())));
        }
        out.sort(Comparator.comparingInt(Entry::citations).reversed().thenComparing(Entry::title));
        return out;
    }
}
