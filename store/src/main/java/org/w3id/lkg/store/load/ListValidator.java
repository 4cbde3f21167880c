package org.w3id.lkg.store.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;

/**
 * Checks one staged list graph before it replaces the stored one.
 *
 * <p>The project's validator is the ontology module's SHACL shapes run over the list graph together with the
 * concept schemes; tests pass their own shapes through {@link #shacl(Graph, Graph)}.
 */
@FunctionalInterface
public interface ListValidator {
    /** Validates {@code listGraph}; a report that does not conform stops the load. */
    ValidationReport validate(Graph listGraph);

    /** SHACL {@code shapes} run over the list graph united with {@code background} (schemes, registry). */
    static ListValidator shacl(Graph shapes, Graph background) { return new ShaclListValidator(shapes, background); }

    /** Accepts every graph: for loads whose input was validated elsewhere, such as benchmarks. */
    static ListValidator acceptAll() { return graph -> ValidationReport.reportConformsTrue(); }
}
