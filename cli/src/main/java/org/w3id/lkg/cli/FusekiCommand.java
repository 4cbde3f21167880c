package org.w3id.lkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.lkg.store.fuseki.LkgFuseki;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lkg fuseki --store DIR [--port N] [--allow-update]}: a Fuseki server over the store, dataset /lkg. */
@Command(name = "fuseki", mixinStandardHelpOptions = true,
        description = {
            "Serve a TDB2 store with Fuseki at http://HOST:PORT/lkg: SPARQL query and Graph Store Protocol reads; "
                    + "SPARQL Update and Graph Store Protocol writes only with --allow-update.",
            "Queries over the default graph see the union of all named graphs (every list and the ontology graph).",
            "Runs until stopped (Ctrl-C). Exit codes: 2 bad argument (port in use), 3 no store, not a store, or locked."})
final class FusekiCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "the TDB2 store folder (see lkg load); with --allow-update created when missing")
    Path store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--allow-update", description = "accept SPARQL Update and Graph Store Protocol writes")
    boolean allowUpdate;

    @Option(names = "--localhost", description = "listen on the loopback interface only")
    boolean localhost;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // An updatable server is one to load into over HTTP (lkg load --endpoint): it may start empty. A store that
        // is missing, foreign or locked exits 3 (LkgCommand maps StoreException).
        LkgFuseki server = LkgFuseki.builder().store(store).createStore(allowUpdate).port(port).allowUpdate(allowUpdate)
                .loopback(localhost).build().start();
        // Stop Jetty and release the store's lock on Ctrl-C, so the next load finds the store free at once.
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "lkg-fuseki-stop"));
        spec.commandLine().getOut().println("lkg fuseki: serving " + store + " at " + server.datasetUrl() + " ("
                + (allowUpdate ? "query, update, Graph Store Protocol read and write" : "query and Graph Store Protocol read; read-only")
                + "); Ctrl-C stops it");
        server.join();
        return 0;
    }
}
