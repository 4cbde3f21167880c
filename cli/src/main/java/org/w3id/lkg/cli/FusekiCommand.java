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
            "Listens on 127.0.0.1 unless --host says otherwise; every query is cancelled after --query-timeout; SERVICE "
                    + "(a query that calls another host) is refused.",
            "Runs until stopped (Ctrl-C). Exit codes: 2 bad argument (port in use), 3 no store, not a store, or locked."})
final class FusekiCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "the TDB2 store folder (see lkg load); with --allow-update created when missing")
    Path store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--allow-update", description = "accept SPARQL Update and Graph Store Protocol writes")
    boolean allowUpdate;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 publishes it on every interface)")
    String host;

    // Listening on loopback only is the default now; the option stays so that scripts that give it keep working.
    @Option(names = "--localhost", hidden = true)
    boolean localhost;

    @Option(names = "--query-timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "cancel a query still running after this, answering 503 (default: ${DEFAULT-VALUE}; e.g. 500ms, 2m)")
    java.time.Duration queryTimeout;

    @Option(names = "--request-log", description = "log one line per request")
    boolean requestLog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // An updatable server is one to load into over HTTP (lkg load --endpoint): it may start empty. A store that
        // is missing, foreign or locked exits 3 (LkgCommand maps StoreException).
        LkgFuseki server = LkgFuseki.builder().store(store).createStore(allowUpdate).port(port).allowUpdate(allowUpdate)
                .host(localhost ? "127.0.0.1" : host).queryTimeout(queryTimeout).requestLog(requestLog).build().start();
        // Stop Jetty and release the store's lock on Ctrl-C, so the next load finds the store free at once.
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "lkg-fuseki-stop"));
        spec.commandLine().getOut().println("lkg fuseki: serving " + store + " at " + server.datasetUrl() + " ("
                + (allowUpdate ? "query, update, Graph Store Protocol read and write" : "query and Graph Store Protocol read; read-only")
                + "); Ctrl-C stops it");
        server.join();
        return 0;
    }
}
