package org.w3id.lkg.cli;

import java.util.Arrays;
import java.util.List;

import picocli.CommandLine.Command;

/** The subcommands of {@code lkg}, in the order help lists them. */
final class Subcommands {
    private static final List<Class<?>> TYPES = List.of(IngestCommand.class, QueryCommand.class, AskCommand.class,
            SparqlCommand.class, LoadCommand.class, FusekiCommand.class, InspectCommand.class, RegistryCommand.class,
            DiffCommand.class, RetireCommand.class, CompactCommand.class);

    private Subcommands() {}

    static List<Object> all() { return TYPES.stream().map(Subcommands::create).toList(); }

    /**
     * The subcommand called {@code name}, or null: read from the annotations without building the others, whose options
     * picocli would read by reflection (and their types load) for a run that never uses them.
     */
    static Object named(String name) {
        for (Class<?> type : TYPES) {
            Command c = type.getAnnotation(Command.class);
            if (c.name().equals(name) || Arrays.asList(c.aliases()).contains(name)) return create(type);
        }
        return null;
    }

    private static Object create(Class<?> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create subcommand " + type.getName(), e);
        }
    }
}
