package org.w3id.lkg.ingest.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.lkg.ingest.IngestReport;
import org.w3id.lkg.ingest.table.PowerListFormatException;
import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.ontology.Lkg;

/**
 * A list of {@code items} generated items that pass the test shapes, of any size, with optional hooks: a marker file
 * written after some items (so a parent process knows the load is under way) and a format error after some items
 * (a reader failing half way).
 */
record SyntheticList(String listKey, int items, int markAfter, Path marker, int failAfter) implements ListSource {
    private static final IriScheme IRIS = IriScheme.standard();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node PENALTY = NodeFactory.createURI(IriScheme.concept("power-type", "administrative-penalty"));

    static SyntheticList of(String listKey, int items) { return new SyntheticList(listKey, items, -1, null, -1); }

    SyntheticList markingAfter(int items, Path marker) { return new SyntheticList(listKey, this.items, items, marker, failAfter); }

    SyntheticList failingAfter(int items) { return new SyntheticList(listKey, this.items, markAfter, marker, items); }

    @Override
    public String graphIri() { return IRIS.listGraph(listKey); }

    /** Triples per item, plus {@link #LIST_TRIPLES} for the list itself. */
    static final int ITEM_TRIPLES = 6;
    static final int LIST_TRIPLES = 2;

    @Override
    public IngestReport streamTo(StreamRDF sink) {
        Node list = NodeFactory.createURI(IRIS.list(listKey));
        sink.triple(Triple.create(list, TYPE, Lkg.PowerList.asNode()));
        sink.triple(Triple.create(list, RDFS.label.asNode(), NodeFactory.createLiteralLang(listKey + "权责清单", "zh")));
        for (int i = 1; i <= items; i++) {
            if (i == failAfter) throw new PowerListFormatException(new SourcePosition(listKey + ".txt", i + 3, 1),
                    "synthetic failure: expected a number in 序号, found 'x'");
            if (i == markAfter) mark();
            Node item = NodeFactory.createURI(IRIS.item(listKey, 1, i));
            Node name = NodeFactory.createLiteralLang("对第" + i + "项违法行为的处罚", "zh");
            sink.triple(Triple.create(item, TYPE, Lkg.PowerItem.asNode()));
            sink.triple(Triple.create(item, Lkg.inList.asNode(), list));
            sink.triple(Triple.create(item, Lkg.itemNumber.asNode(), NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
            sink.triple(Triple.create(item, Lkg.itemName.asNode(), name));
            sink.triple(Triple.create(item, RDFS.label.asNode(), name));
            sink.triple(Triple.create(item, Lkg.powerType.asNode(), PENALTY));
        }
        return new IngestReport(listKey, items, 0, 0, LIST_TRIPLES + (long) ITEM_TRIPLES * items);
    }

    private void mark() {
        try {
            Files.writeString(marker, "streaming " + listKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
