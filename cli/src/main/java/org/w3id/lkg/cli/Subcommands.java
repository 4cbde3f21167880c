package org.w3id.lkg.cli;

import java.util.List;

/** The subcommands of {@code lkg}, in the order help lists them. */
final class Subcommands {
    private Subcommands() {}

    static List<Object> all() {
        return List.of(new IngestCommand(), new QueryCommand(), new AskCommand(), new SparqlCommand(), new LoadCommand(),
                new FusekiCommand(), new InspectCommand(), new RegistryCommand(), new DiffCommand(), new RetireCommand(), new CompactCommand());
    }
}
