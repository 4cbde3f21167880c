package org.w3id.lkg.sparql;

import java.util.Objects;

/**
 * One declared parameter of a canned query: its name (also the name of the query variable it binds), its type,
 * whether it is required, a description and an example value.
 */
public record QueryParameter(String name, ParameterType type, boolean required, String description, String example) {
    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        example = example == null ? "" : example;
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*"))
            throw new IllegalArgumentException("parameter name '" + name + "' is not a SPARQL variable name");
    }
}
