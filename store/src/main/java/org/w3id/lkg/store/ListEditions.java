package org.w3id.lkg.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.edition.EditionArchive;
import org.w3id.lkg.store.edition.EditionCatalogue;
import org.w3id.lkg.store.load.ListCounts;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * The editions of the lists in a TDB2 store, by list key: which there are, the content of any one of them, and
 * retiring a list (its graph leaves the store's queries, its last edition is archived and the retirement recorded).
 */
public final class ListEditions {
    private final TdbStore store;
    private final IriScheme iris;
    private final EditionCatalogue catalogue;

    private ListEditions(TdbStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
        this.catalogue = new EditionCatalogue(iris.editionsGraph());
    }

    /** The editions of {@code store}'s lists, whose graphs are named by {@code iris}. */
    public static ListEditions of(TdbStore store, IriScheme iris) {
        return new ListEditions(Objects.requireNonNull(store, "store"), Objects.requireNonNull(iris, "iris"));
    }

    /** Every edition of list {@code listKey}, oldest first; empty when the store never had it. */
    public List<Edition> editions(String listKey) {
        DatasetGraph d = store.dataset();
        return Txn.calculateRead(d, () -> catalogue.editions(d, iris.listGraph(listKey)));
    }

    /**
     * A copy of edition {@code number} of list {@code listKey}: from the list's graph when it is the current one,
     * else from the archive.
     *
     * @throws StoreException when the list has no such edition
     */
    public Graph graph(String listKey, int number) {
        String listGraph = iris.listGraph(listKey);
        DatasetGraph d = store.dataset();
        List<Edition> all = editions(listKey);
        Edition e = all.stream().filter(x -> x.number() == number).findFirst().orElseThrow(() -> new StoreException(
                "list " + listKey + " has no edition " + number + " in " + store.folder() + (all.isEmpty() ? " (it has none)"
                        : " (it has " + all.stream().map(x -> Integer.toString(x.number())).reduce((a, b) -> a + ", " + b).orElse("") + ")")));
        boolean current = Txn.calculateRead(d, () -> catalogue.current(d, listGraph).map(c -> c.number() == e.number()).orElse(false));
        if (!current) return store.archive().graph(listGraph, number);
        Graph out = GraphFactory.createDefaultGraph();
        Txn.executeRead(d, () -> d.getGraph(NodeFactory.createURI(listGraph)).find().forEachRemaining(out::add));
        return out;
    }

    /**
     * Retires list {@code listKey}: its current edition is archived, its graph removed, and the catalogue records
     * when ({@code prov:invalidatedAtTime}). A later load of the list makes its next edition.
     *
     * @return the edition retired
     * @throws StoreException when the store holds no such list
     */
    public Edition retire(String listKey) {
        String listGraph = iris.listGraph(listKey);
        Node graph = NodeFactory.createURI(listGraph);
        DatasetGraph d = store.dataset();
        EditionArchive archive = store.archive();
        return Txn.calculateWrite(d, () -> {
            Graph content = d.getGraph(graph);
            ListCounts counts = ListCounts.of(content);
            Edition current = catalogue.current(d, listGraph).orElse(null);
            if (current == null && counts.items() + counts.citations() == 0) {
                throw new StoreException("no list " + listKey + " in " + store.folder() + " to retire");
            }
            if (current == null) {
                // Loaded before the store kept editions: it becomes edition 1, of unknown file and bytes.
                current = new Edition(listGraph, catalogue.latestNumber(d, listGraph) + 1, null, null, null, null);
                catalogue.record(d, current);
            }
            archive.keep(listGraph, current.number(), content);
            d.removeGraph(graph);
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            catalogue.retire(d, current, at);
            return current.retired(at);
        });
    }
}
