package org.w3id.lkg.store.diff;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.lkg.ingest.PowerListIngest;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.ListEditions;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.tdb.TdbStore;

/** The diff of two list files (no store needed), or of two editions of a list in a store. */
public final class EditionDiff {
    private EditionDiff() {}

    /**
     * Reads both files as {@code lkg ingest} would and compares their items.
     *
     * @throws org.w3id.lkg.ingest.table.PowerListFormatException when either cannot be read
     */
    public static ListDiff ofFiles(Path from, Path to, IriScheme iris) {
        return ListDiff.between(from.toString(), ListItems.of(read(from, iris)),
                to.toString(), ListItems.of(read(to, iris)));
    }

    /**
     * Compares editions {@code from} and {@code to} of list {@code listKey} in {@code store}.
     *
     * @throws org.w3id.lkg.store.StoreException when the list has no such edition
     */
    public static ListDiff ofEditions(TdbStore store, IriScheme iris, String listKey, int from, int to) {
        ListEditions editions = ListEditions.of(store, iris);
        Graph a = editions.graph(listKey, from), b = editions.graph(listKey, to);
        String graph = iris.listGraph(listKey);
        return ListDiff.between(Edition.iri(graph, from), ListItems.of(a), Edition.iri(graph, to), ListItems.of(b));
    }

    private static Graph read(Path file, IriScheme iris) {
        Graph g = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(g);
        sink.start();
        PowerListIngest.builder().source(file).iris(iris).build().streamTo(sink);
        sink.finish();
        return g;
    }
}
