package org.w3id.lkg.store.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
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
