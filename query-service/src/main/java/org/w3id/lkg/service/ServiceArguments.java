package org.w3id.lkg.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps the service's own command-line options to Spring properties, accepting both {@code --port 8081} and
 * {@code --port=8081}: {@code --port} → {@code server.port}, {@code --fuseki-port} → {@code lkg.fuseki-port},
 * {@code --store} → {@code lkg.store}, {@code --endpoint} → {@code lkg.endpoint}, {@code --seeds} → {@code lkg.seeds},
 * {@code --statutes} → {@code lkg.statutes}.
 * Anything else passes through to Spring unchanged ({@code --lkg.query-timeout=10s} works as usual).
 */
final class ServiceArguments {
    static final Map<String, String> OPTIONS = Map.of(
            "--port", "server.port",
            "--fuseki-port", "lkg.fuseki-port",
            "--store", "lkg.store",
            "--endpoint", "lkg.endpoint",
            "--seeds", "lkg.seeds",
            "--statutes", "lkg.statutes");

    private ServiceArguments() {}

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
