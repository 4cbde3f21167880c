package org.w3id.lkg.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps the service's own command-line options to Spring properties, accepting both {@code --port 8081} and
 * {@code --port=8081}: {@code --port} → {@code server.port}, {@code --fuseki-port} → {@code lkg.fuseki-port},
 * {@code --store} → {@code lkg.store}, {@code --endpoint} → {@code lkg.endpoint}, {@code --endpoint-default-graph} →
 * {@code lkg.endpoint-default-graph}, {@code --seeds} → {@code lkg.seeds},
 * {@code --statutes} → {@code lkg.statutes}, {@code --host} → {@code lkg.host}.
 * Anything else passes through to Spring unchanged ({@code --lkg.query-timeout=10s} works as usual).
 */
final class ServiceArguments {
    static final Map<String, String> OPTIONS = Map.of(
            "--port", "server.port",
            "--host", "lkg.host",
            "--fuseki-port", "lkg.fuseki-port",
            "--store", "lkg.store",
            "--endpoint", "lkg.endpoint",
            "--endpoint-default-graph", "lkg.endpoint-default-graph",
            "--seeds", "lkg.seeds",
            "--statutes", "lkg.statutes");

    /** What {@code --help} prints. */
    static final String USAGE = """
            Usage: lkg serve [options]      (or java -jar lkg-query-service.jar [options])
            The lkg query service: SPARQL, canned queries, reference resolution, over an embedded TDB2 store with its
            own Fuseki, or over a remote SPARQL 1.1 endpoint.
              --port N          HTTP port of the service (default 8080)
              --host ADDR       address both ports listen on (default 127.0.0.1, this machine only;
                                0.0.0.0 publishes them on every interface)
              --fuseki-port N   port of the embedded Fuseki; 0 = any free port, -1 = none (default 3030)
              --store DIR       TDB2 folder of the embedded store (default data/tdb2)
              --seeds DIR       lists loaded into an embedded store that holds none yet (default seeds)
              --statutes DIR    official statute texts the seeds' citations are audited against
              --endpoint URL    remote mode: every query goes to this SPARQL 1.1 endpoint
              --endpoint-default-graph union|all-graphs
                                what that endpoint's default graph is: the merge of its graphs (union,
                                the default: Fuseki with tdb2:unionDefaultGraph, lkg fuseki) or every
                                graph's triples with duplicates kept (all-graphs: Virtuoso)
              --NAME=VALUE      any Spring or lkg.* property, e.g. --lkg.query-timeout=10s
              -h, --help        this text
            query-service/README.md lists every setting and endpoint.
            """;

    private ServiceArguments() {}

    /** Whether the arguments ask for the usage text rather than a server. */
    static boolean wantsHelp(String[] args) {
        for (String a : args) if (a.equals("--help") || a.equals("-h")) return true;
        return false;
    }

    static String[] toSpring(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            String name = eq > 0 ? a.substring(0, eq) : a;
            String property = OPTIONS.get(name);
            if (property == null) {
                out.add(a);
            } else if (eq > 0) {
                out.add("--" + property + "=" + a.substring(eq + 1));
            } else if (i + 1 < args.length) {
                out.add("--" + property + "=" + args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        return out.toArray(String[]::new);
    }
}
