package org.w3id.lkg.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.w3id.lkg.store.ListLoad;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * A TDB2 store in a temporary folder with lists loaded before the service opens it (one load each, in order, so each
 * changed list is a new edition), and a seeds folder holding the given files: what a service test starts over.
 */
record PreloadedStore(Path store, Path seeds) {
    static final String SEED_KEY = "000_9601f697a03374a4";
    static final Path SEED = Path.of("..", "seeds", SEED_KEY + ".txt");
    /** store's hand-made second edition of the seed, under the seed's name. */
    static final Path SECOND_EDITION = Path.of("..", "store", "src", "test", "resources", "diff", "seed-second-edition", SEED_KEY + ".txt");

    static PreloadedStore of(String name, List<Path> loaded, List<Path> seedFiles) {
        try {
            Path root = Files.createTempDirectory(name);
            Path seeds = Files.createDirectories(root.resolve("seeds"));
            for (Path f : seedFiles) Files.copy(f, seeds.resolve(f.getFileName()));
            Path folder = root.resolve("tdb2");
            try (TdbStore store = TdbStore.openOrCreate(folder)) {
                for (Path list : loaded) ListLoad.into(store).lists(List.of(list)).run();
            }
            return new PreloadedStore(folder, seeds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the service at this store and these seeds. */
    void register(DynamicPropertyRegistry registry) {
        registry.add("lkg.store", store::toString);
        registry.add("lkg.seeds", seeds::toString);
    }
}
