package org.w3id.lkg.ingest.load;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sys.JenaSystem;

/** Child process for the lock test: opens the store, says so through a marker file, and holds it until killed. */
public final class HoldStoreMain {
    private HoldStoreMain() {}

    public static void main(String[] args) throws Exception {
        JenaSystem.init();   // before any vocabulary class: Jena's own start-up order
        TdbStore store = TdbStore.openOrCreate(Path.of(args[0]));
        Files.writeString(Path.of(args[1]), Long.toString(ProcessHandle.current().pid()));
        Thread.sleep(300_000);
        store.close();
    }
}
