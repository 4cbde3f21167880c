package org.w3id.lkg.store.load;

import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** Runs SHACL shapes over a list graph united with background data such as the concept schemes. */
final class ShaclListValidator implements ListValidator {
    private final Shapes shapes;
    private final Graph background;

    ShaclListValidator(Graph shapes, Graph background) {
        // Shapes are parsed once: a batch of many lists validates each against the same compiled shapes.
        this.shapes = Shapes.parse(Objects.requireNonNull(shapes, "shapes"));
        this.background = Objects.requireNonNull(background, "background");
    }

    @Override
    public ValidationReport validate(Graph listGraph) {
        // A dynamic union reads the list where it is staged (for TDB2, inside the write transaction) without a copy.
        return ShaclValidator.get().validate(shapes, new Union(listGraph, background));
    }
}
