package org.w3id.lkg.store.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.lkg.store.fixture.FixtureList;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.fixture.SyntheticList;
import org.w3id.lkg.store.fixture.TestLoaders;
import org.w3id.lkg.store.load.ListLoader;
import org.w3id.lkg.store.load.ListLoaderContractTest;
import org.w3id.lkg.store.load.LoadSummary;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader contract for TDB2, in every staging mode, plus a list larger than one round of the staging move. */
class TdbListLoaderTest {

    @Nested
    class StagingMemory extends ListLoaderContractTest {
        @Override
        protected ListLoader newLoader(TdbStore store) { return TestLoaders.tdb(store.dataset()).build(); }

        // The batch's indexes are written by several threads: each must end up with every quad, and the same ones.
        @Test
        void everyQuadIndexHoldsTheSameQuadsAfterBatchesWrittenInParallel() {
            try (TdbListLoader loader = TestLoaders.tdb(store.dataset()).build()) {
                loader.loadBatch(List.of(SyntheticList.of("city-a", 40), SyntheticList.of("city-b", 30), SyntheticList.of("city-c", 20)));
                loader.loadBatch(List.of(SyntheticList.of("city-b", 35), SyntheticList.of("city-d", 10)));   // one replaced, one new
            }
            long expected = GraphFingerprint.of(dataset(), TestLoaders.ONTOLOGY_GRAPH).size() + 4 * SyntheticList.LIST_TRIPLES
                    + (40L + 35 + 20 + 10) * SyntheticList.ITEM_TRIPLES;
            dataset().executeRead(() -> {
                TupleIndex[] indexes = TDBInternal.getDatasetGraphTDB(dataset()).getQuadTable().getNodeTupleTable()
                        .getTupleTable().getIndexes();
                assertEquals(6, indexes.length);
                Set<Tuple<NodeId>> primary = quadsOf(indexes[0]);
                assertEquals(expected, primary.size(), "quads in " + indexes[0].getName());
                for (TupleIndex index : indexes) assertEquals(primary, quadsOf(index), "quads in " + index.getName());
            });
        }

        private static Set<Tuple<NodeId>> quadsOf(TupleIndex index) {
            Set<Tuple<NodeId>> quads = new HashSet<>();
            index.all().forEachRemaining(quads::add);   // all() gives each tuple in G S P O order, whatever the index's
            return quads;
        }
    }

    @Nested
    class StagingGraph extends ListLoaderContractTest {
        @Override
        protected ListLoader newLoader(TdbStore store) { return TestLoaders.tdb(store.dataset()).staging(TdbListLoader.Staging.GRAPH).build(); }

        @Test
        void movesAListLargerThanTheInMemoryPartOfTheMove() {
            int items = 100;   // 602 triples through a bag that spills past 100
            LoadSummary summary;
            try (TdbListLoader small = TestLoaders.tdb(store.dataset()).moveBatch(100).build()) {
                summary = small.load(SyntheticList.of("city-big", items));
            }
            long expected = SyntheticList.LIST_TRIPLES + (long) items * SyntheticList.ITEM_TRIPLES;
            assertEquals(expected, summary.triples());
            assertEquals(expected, GraphFingerprint.of(dataset(), summary.graphIri()).size());
            assertEquals(List.of(summary.graphIri(), TestLoaders.ONTOLOGY_GRAPH), graphNames());
        }
    }

    @Nested
    class StagingTransaction extends ListLoaderContractTest {
        @Override
        protected ListLoader newLoader(TdbStore store) {
            return TestLoaders.tdb(store.dataset()).staging(TdbListLoader.Staging.TRANSACTION).build();
        }
    }

    @Nested
    class OwnStoreFolder {
        @TempDir Path dir;

        @Test
        void builderOpensTheFolderAndCloseReleasesIt() {
            Path folder = dir.resolve("tdb2");
            try (TdbListLoader loader = TdbListLoader.builder().store(folder).validator(TestLoaders.testShapes()).build()) {
                loader.load(FixtureList.of("three-items"));
                assertEquals(folder.toString(), loader.target());
            }
            // Released: a fresh open re-reads the folder from disk and finds the list.
            try (TdbStore store = TdbStore.openExisting(folder)) {
                assertEquals(FixtureList.resource("three-items").size(), GraphFingerprint.of(store.dataset(), FixtureList.GRAPH).size());
                assertEquals(List.of(FixtureList.GRAPH), ListLoaderContractTest.graphNames(store), "no ontology graph was asked for");
            }
        }
    }
}
