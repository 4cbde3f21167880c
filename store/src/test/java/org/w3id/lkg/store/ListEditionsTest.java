package org.w3id.lkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.load.FileDigest;
import org.w3id.lkg.store.load.LoadBatch;
import org.w3id.lkg.store.tdb.TdbStore;

/** Editions of the seed in a real TDB2 store: a new edition for changed bytes, none for the same, retirement. */
class ListEditionsTest {
    static final Path SEED = ListLoadTest.SEED;
    /** The seed's second edition, edited by hand: one item dropped, one renamed, one added, a citation, a unit and a fine changed. */
    static final Path SECOND = Path.of("src/test/resources/diff/seed-second-edition/000_9601f697a03374a4.txt");
    static final String KEY = "000_9601f697a03374a4";
    static final IriScheme IRIS = IriScheme.standard();
    static final String GRAPH = IRIS.listGraph(KEY);

    @TempDir Path dir;

    @Test
    void changedBytesMakeANewEditionTheSameBytesNothingAndQueriesSeeTheCurrentOne() throws Exception {
        Path second = Files.copy(SECOND, Files.createDirectories(dir.resolve("2023")).resolve(SEED.getFileName()));
        try (TdbStore store = TdbStore.openOrCreate(dir.resolve("tdb2"))) {
            assertEquals(List.of(LoadBatch.Status.LOADED), statuses(ListLoad.into(store).lists(List.of(SEED)).run()));
            LoadBatch.Result again = ListLoad.into(store).lists(List.of(SEED)).run();
            assertEquals(List.of(LoadBatch.Status.UNCHANGED), statuses(again));
            assertTrue(again.outcomes().get(0).line().startsWith("unchanged " + KEY + ": the same bytes as its current edition 1 ("), again.outcomes().get(0).line());
            assertEquals(List.of(LoadBatch.Status.LOADED), statuses(ListLoad.into(store).lists(List.of(second)).run()));

            List<Edition> editions = ListEditions.of(store, IRIS).editions(KEY);
            assertEquals(2, editions.size());
            Edition first = editions.get(0), current = editions.get(1);
            assertEquals(GRAPH + "/edition/1", first.iri());
            assertEquals(FileDigest.sha256(SEED), first.sha256());
            assertEquals(FileDigest.sha256(second), current.sha256());
            assertEquals(KEY + ".txt", current.sourceFile());
            assertEquals(first.iri(), current.revisionOf());
            assertTrue(!current.generatedAt().isBefore(first.generatedAt()));

            // The catalogue says the same in PROV, over the store's default graph.
            assertEquals(List.of(first.iri()), column(store, "SELECT ?was { <" + current.iri() + "> <http://www.w3.org/ns/prov#wasRevisionOf> ?was }"));
            assertEquals(List.of(current.iri()), column(store, "SELECT ?e { <" + GRAPH + "> <https://w3id.org/lkg/ontology#currentEdition> ?e }"));

            // Queries see the current edition only; the old one is in the archive, by graph name.
            assertEquals(List.of("公证员免职审核"), column(store, "SELECT ?n { ?i <https://w3id.org/lkg/ontology#itemName> ?n FILTER(STRSTARTS(?n, '公证员免职')) }"));
            assertEquals(List.of("54"), column(store, "SELECT (COUNT(?i) AS ?n) { ?i a <https://w3id.org/lkg/ontology#PowerItem> }"));
            assertTrue(IsoMatcher.isomorphic(ListLoadTest.ingested(second), graph(store, GRAPH)), "the list's graph is the second edition");
            assertTrue(IsoMatcher.isomorphic(ListLoadTest.ingested(SEED), ListEditions.of(store, IRIS).graph(KEY, 1)), "edition 1 is the seed");
            assertTrue(IsoMatcher.isomorphic(ListLoadTest.ingested(second), ListEditions.of(store, IRIS).graph(KEY, 2)), "edition 2 is the list's graph");
            StoreException none = assertThrows(StoreException.class, () -> ListEditions.of(store, IRIS).graph(KEY, 3));
            assertEquals("list " + KEY + " has no edition 3 in " + store.folder() + " (it has 1, 2)", none.getMessage());
        }
        try (TdbStore archive = TdbStore.openExisting(dir.resolve("tdb2").resolve(TdbStore.ARCHIVE_FOLDER))) {
            assertEquals(List.of("公证员免职"), column(archive, "SELECT ?n { GRAPH <" + GRAPH + "/edition/1> { ?i <https://w3id.org/lkg/ontology#itemName> ?n FILTER(STRSTARTS(?n, '公证员免职')) } }"));
        }
    }

    @Test
    void aRetiredListLeavesTheQueriesIsRecordedAndItsNextLoadIsItsNextEdition() {
        try (TdbStore store = TdbStore.openOrCreate(dir.resolve("tdb2"))) {
            ListLoad.into(store).lists(List.of(SEED)).run();
            Edition retired = ListEditions.of(store, IRIS).retire(KEY);
            assertEquals(1, retired.number());
            assertEquals(List.of("0"), column(store, "SELECT (COUNT(?i) AS ?n) { ?i a <https://w3id.org/lkg/ontology#PowerItem> }"));
            Edition recorded = ListEditions.of(store, IRIS).editions(KEY).get(0);
            assertEquals(retired.retiredAt(), recorded.retiredAt());
            assertEquals(List.of(), column(store, "SELECT ?e { <" + GRAPH + "> <https://w3id.org/lkg/ontology#currentEdition> ?e }"));
            assertTrue(IsoMatcher.isomorphic(ListLoadTest.ingested(SEED), ListEditions.of(store, IRIS).graph(KEY, 1)), "the retired edition is kept");
            StoreException twice = assertThrows(StoreException.class, () -> ListEditions.of(store, IRIS).retire(KEY));
            assertEquals("no list " + KEY + " in " + store.folder() + " to retire", twice.getMessage());

            assertEquals(List.of(LoadBatch.Status.LOADED), statuses(ListLoad.into(store).lists(List.of(SEED)).run()),
                    "the same bytes as a retired edition load again");
            List<Edition> editions = ListEditions.of(store, IRIS).editions(KEY);
            assertEquals(List.of(1, 2), editions.stream().map(Edition::number).toList());
            assertEquals(editions.get(0).iri(), editions.get(1).revisionOf());
            assertNull(editions.get(1).retiredAt());
            assertEquals(List.of("54"), column(store, "SELECT (COUNT(?i) AS ?n) { ?i a <https://w3id.org/lkg/ontology#PowerItem> }"));
        }
    }

    private static List<LoadBatch.Status> statuses(LoadBatch.Result r) { return r.outcomes().stream().map(LoadBatch.Outcome::status).toList(); }

    private static Graph graph(TdbStore store, String iri) {
        return Txn.calculateRead(store.dataset(), () -> ListLoadTest.copy(store.dataset().getGraph(NodeFactory.createURI(iri))));
    }

    private static List<String> column(TdbStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).build()) {
                var rows = qe.select();
                String var = rows.getResultVars().get(0).getVarName();
                List<String> out = new java.util.ArrayList<>();
                rows.forEachRemaining(b -> {
                    var n = b.get(var);
                    out.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI());
                });
                return out;
            }
        });
    }
}
