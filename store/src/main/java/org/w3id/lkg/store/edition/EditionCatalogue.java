package org.w3id.lkg.store.edition;

import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.lkg.ontology.Lkg;

/**
 * The catalogue graph of editions ({@code <base>graph/editions}): which editions each list graph has had, which one
 * it holds now, and each one's provenance in PROV-O. It lives in the store beside the lists, so recording an edition
 * commits in the same transaction as the content it describes. Callers hold the transaction.
 */
public final class EditionCatalogue {
    static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Node TYPE = RDF.type.asNode(), EDITION = Lkg.ListEdition.asNode(),
            EDITION_OF = Lkg.editionOf.asNode(), CURRENT = Lkg.currentEdition.asNode(), NUMBER = Lkg.editionNumber.asNode(),
            FILE = Lkg.editionFile.asNode(), SHA = Lkg.sha256.asNode(),
            GENERATED = NodeFactory.createURI(PROV + "generatedAtTime"),
            INVALIDATED = NodeFactory.createURI(PROV + "invalidatedAtTime"),
            REVISION_OF = NodeFactory.createURI(PROV + "wasRevisionOf"),
            ENTITY = NodeFactory.createURI(PROV + "Entity");

    private final Node graph;

    public EditionCatalogue(String graphIri) { this.graph = NodeFactory.createURI(Objects.requireNonNull(graphIri, "graphIri")); }

    public String graphIri() { return graph.getURI(); }

    /** Every edition of {@code listGraph}, oldest first. */
    public List<Edition> editions(DatasetGraph dataset, String listGraph) {
        List<Edition> out = new ArrayList<>();
        Iterator<Quad> it = dataset.find(graph, Node.ANY, EDITION_OF, NodeFactory.createURI(listGraph));
        try {
            it.forEachRemaining(q -> out.add(read(dataset, listGraph, q.getSubject())));
        } finally {
            Iter.close(it);
        }
        out.sort(Comparator.comparingInt(Edition::number));
        return out;
    }

    /** The edition {@code listGraph} holds now; empty when it has none recorded or was retired. */
    public Optional<Edition> current(DatasetGraph dataset, String listGraph) {
        Node current = one(dataset, NodeFactory.createURI(listGraph), CURRENT);
        return current == null ? Optional.empty() : Optional.of(read(dataset, listGraph, current));
    }

    /** The highest edition number {@code listGraph} has had (retired or not), 0 for none. */
    public int latestNumber(DatasetGraph dataset, String listGraph) {
        return editions(dataset, listGraph).stream().mapToInt(Edition::number).max().orElse(0);
    }

    /** Records {@code e} and makes it the list graph's current edition. */
    public void record(DatasetGraph dataset, Edition e) {
        Node s = NodeFactory.createURI(e.iri());
        Node list = NodeFactory.createURI(e.listGraph());
        dataset.add(graph, s, TYPE, EDITION);
        dataset.add(graph, s, TYPE, ENTITY);
        dataset.add(graph, s, EDITION_OF, list);
        dataset.add(graph, s, NUMBER, NodeFactory.createLiteralDT(Integer.toString(e.number()), XSDDatatype.XSDinteger));
        if (e.sourceFile() != null) dataset.add(graph, s, FILE, NodeFactory.createLiteralString(e.sourceFile()));
        if (e.sha256() != null) dataset.add(graph, s, SHA, NodeFactory.createLiteralString(e.sha256()));
        if (e.generatedAt() != null) dataset.add(graph, s, GENERATED, dateTime(e.generatedAt()));
        if (e.revisionOf() != null) dataset.add(graph, s, REVISION_OF, NodeFactory.createURI(e.revisionOf()));
        dataset.deleteAny(graph, list, CURRENT, Node.ANY);
        dataset.add(graph, list, CURRENT, s);
    }

    /** Records that {@code e}, the current edition, was retired at {@code at}: the list graph has no current edition. */
    public void retire(DatasetGraph dataset, Edition e, Instant at) {
        dataset.add(graph, NodeFactory.createURI(e.iri()), INVALIDATED, dateTime(at));
        dataset.deleteAny(graph, NodeFactory.createURI(e.listGraph()), CURRENT, Node.ANY);
    }

    private Edition read(DatasetGraph dataset, String listGraph, Node s) {
        Node n = one(dataset, s, NUMBER), file = one(dataset, s, FILE), sha = one(dataset, s, SHA),
                at = one(dataset, s, GENERATED), retired = one(dataset, s, INVALIDATED);
        // TDB2 may hand an integer back in another lexical form; read its value, not its spelling.
        int number = ((Number) n.getLiteralValue()) instanceof BigInteger b ? b.intValueExact() : ((Number) n.getLiteralValue()).intValue();
        return new Edition(listGraph, number, file == null ? null : file.getLiteralLexicalForm(),
                sha == null ? null : sha.getLiteralLexicalForm(), instant(at), instant(retired));
    }

    private Node one(DatasetGraph dataset, Node s, Node p) {
        Iterator<Quad> it = dataset.find(graph, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }

    private static Node dateTime(Instant at) { return NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime); }

    // TDB2 gives a dateTime back in its own canonical spelling (Z or +00:00): parse any offset.
    private static Instant instant(Node n) {
        return n == null ? null : OffsetDateTime.parse(n.getLiteralLexicalForm(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
}
