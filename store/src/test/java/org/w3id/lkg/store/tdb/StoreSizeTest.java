package org.w3id.lkg.store.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When garbage is large enough to compact: over 64 MiB and over half of the folder. */
class StoreSizeTest {
    @ParameterizedTest(name = "{0} MiB for {1} quads: {2}")
    @CsvSource({
            // MiB on disk, quads, worth compacting
            "4,      10000,   false",   // a fresh small store: under the floor, whatever the share
            "63,     1,       false",   // all garbage, but under the floor
            "670,    1029965, false",   // 100 lists in 1 MiB batches: 354 MiB live, under half garbage
            "709,    1029965, true",    // just over twice the live size
            "3512,   1029965, true",    // 100 lists in one transaction each, never compacted
            "350,    1029965, false"})  // compacted
    void compactsWhenOverTheFloorAndMoreThanHalfGarbage(long mib, long quads, boolean worth) {
        assertEquals(worth, new StoreSize(mib << 20, quads).worthCompacting());
    }
}
