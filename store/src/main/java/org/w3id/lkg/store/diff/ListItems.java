package org.w3id.lkg.store.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.lkg.ontology.Lkg;

/** Reads the power items of one list's graph, as {@link ListDiff} compares them, in the list's order. */
public final class ListItems {
    private final Graph graph;

    private ListItems(Graph graph) { this.graph = graph; }

    /** The items of {@code graph}, one list's triples (a list graph, an edition, or a file as the reader writes it). */
    public static List<ListItem> of(Graph graph) {
        ListItems r = new ListItems(graph);
        List<ListItem> items = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), Lkg.PowerItem.asNode()).forEachRemaining(t -> items.add(r.item(t.getSubject())));
        items.sort(Comparator.comparing((ListItem i) -> section(i.ref())).thenComparing(i -> number(i.ref())).thenComparing(ListItem::iri));
        return items;
    }

    private ListItem item(Node s) {
        String iri = s.getURI();
        String ref = iri.contains("/item/") ? iri.substring(iri.lastIndexOf("/item/") + 6) : iri;
        String subItems = values(s, Lkg.subItemName.asNode()).stream().sorted().collect(Collectors.joining("；"));
        String name = text(s, Lkg.itemName.asNode()) + (subItems.isEmpty() ? "" : "（" + subItems + "）");
        String powerType = text(s, Lkg.declaredPowerType.asNode());
        if (powerType.isEmpty()) powerType = tail(object(s, Lkg.powerType.asNode()));
        SortedMap<String, ListItem.Cited> citations = new TreeMap<>();
        SortedMap<String, String> sanctions = new TreeMap<>();
        for (Node c : objects(s, Lkg.hasCitation.asNode())) {
            Node provision = object(c, Lkg.citedProvision.asNode());
            Node document = object(c, Lkg.citedDocument.asNode());
            Node target = provision != null ? provision : document;
            if (target == null) continue;
            // Keyed by field too: the same article cited in 实施依据 and in 责任事项依据 are two citations.
            String field = text(c, Lkg.basisField.asNode());
            String label = text(c, RDFS.label.asNode()) + (field.isEmpty() ? "" : "（" + field + "）");
            citations.putIfAbsent(field + " " + target.getURI(), new ListItem.Cited(target.getURI(),
                    document == null ? null : field + " " + document.getURI(), label));
            if (provision != null) sanctionsOf(provision, iri, sanctions);
        }
        return new ListItem(iri, ref, emptyToNull(text(s, DCTerms.identifier.asNode())), name, powerType,
                label(object(s, Lkg.exercisedBy.asNode())), label(object(s, Lkg.handledBy.asNode())),
                text(s, Lkg.responsibility.asNode()), citations, sanctions);
    }

    // The sanctions the cited provision prescribes, the list's own (under the provision) and this item's (under it).
    private void sanctionsOf(Node provision, String itemIri, SortedMap<String, String> out) {
        for (Triple t : graph.find(Node.ANY, Lkg.prescribedBy.asNode(), provision).toList()) {
            String iri = t.getSubject().getURI();
            boolean own = iri.startsWith(itemIri + "/");
            if (!own && iri.contains("/item/")) continue;   // another item's
            String key = own ? "item" + iri.substring(itemIri.length()) : iri;
            out.put(key, sanction(t.getSubject()));
        }
    }

    private String sanction(Node s) {
        StringBuilder b = new StringBuilder(text(s, RDFS.label.asNode()));
        String fine = range(s, Lkg.minFineYuan.asNode(), Lkg.maxFineYuan.asNode());
        if (!fine.isEmpty()) b.append(" ").append(fine).append(" 元");
        String multiple = range(s, Lkg.minMultiple.asNode(), Lkg.maxMultiple.asNode());
        if (!multiple.isEmpty()) b.append(" ").append(multiple).append(" 倍");
        String duration = range(s, Lkg.minDuration.asNode(), Lkg.maxDuration.asNode());
        if (!duration.isEmpty()) b.append(" ").append(duration);
        return b.toString();
    }

    // "≤3000", "1000–5000", "≥2" or "": TDB2 gives decimals back as "3000.0", so numbers are read as values.
    private String range(Node s, Node min, Node max) {
        String lo = number(object(s, min)), hi = number(object(s, max));
        if (lo.isEmpty() && hi.isEmpty()) return "";
        if (lo.isEmpty()) return "≤" + hi;
        return hi.isEmpty() ? "≥" + lo : lo + "–" + hi;
    }

    private static String number(Node n) {
        if (n == null) return "";
        String lexical = n.getLiteralLexicalForm();
        try {
            return new BigDecimal(lexical).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return lexical;   // a duration
        }
    }

    private String label(Node n) {
        if (n == null) return "";
        String label = text(n, SKOS.prefLabel.asNode());
        return label.isEmpty() ? text(n, RDFS.label.asNode()) : label;
    }

    private Node object(Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private List<Node> objects(Node s, Node p) { return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList(); }

    private List<String> values(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).filter(v -> !v.isEmpty()).toList();
    }

    // The values of a property, sorted and joined, so that two editions compare equal whatever their order.
    private String text(Node s, Node p) { return String.join("；", new TreeSet<>(values(s, p))); }

    private static String tail(Node n) { return n == null ? "" : n.getURI().substring(n.getURI().lastIndexOf('/') + 1); }

    private static String emptyToNull(String s) { return s.isEmpty() ? null : s; }

    private static int section(String ref) { return part(ref, 0); }

    private static int number(String ref) { return part(ref, 1); }

    private static int part(String ref, int i) {
        String[] p = ref.split("-");
        try {
            return p.length == 2 ? Integer.parseInt(p[i]) : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    static Node uri(String iri) { return NodeFactory.createURI(iri); }
}
