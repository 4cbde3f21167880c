package org.w3id.lkg.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.w3id.lkg.ingest.SeedGraph;
import org.w3id.lkg.ontology.OntologyResources;

/**
 * A flat list (one table, a 职权类别 column, no section title lines) has no sections by power type: its items keep
 * their own types and none is reported as disagreeing with a section type guessed from the first item.
 */
class UntitledSectionTest {
    static final Path LIST = Path.of("src/test/resources/lists/other-city-csv-other-columns.csv");

    @Test
    void itemsOfAFlatListKeepTheirTypesWithoutMismatchFindings() {
        Graph g = SeedGraph.ingest(LIST);

        assertTrue(OntologyResources.validate(g).conforms());
        assertEquals(List.of("unmapped-column"), column(g, """
                SELECT ?kind WHERE { ?f lkg:findingKind ?k BIND(REPLACE(STR(?k), "^.*/", "") AS ?kind) } ORDER BY ?kind"""));
        assertEquals(List.of("第一部分 | 对公证机构的监督 administrative-inspection", "第一部分 | 对律师违法执业的处罚 administrative-penalty",
                        "第一部分 | 法律援助实施 other-administrative-power"), column(g, """
                SELECT (CONCAT(?section, " | ", ?name, " ", REPLACE(STR(?t), "^.*/", "")) AS ?row) WHERE {
                  ?i lkg:itemName ?name ; lkg:powerType ?t ; lkg:section/rdfs:label ?section .
                  FILTER NOT EXISTS { ?i lkg:section/lkg:powerType ?any } } ORDER BY ?row"""));
    }

    // The one column a query selects, as strings.
    private static List<String> column(Graph g, String query) {
        List<String> out = new ArrayList<>();
        SeedGraph.select(g, query).forEachRemaining(b -> out.add(b.get(b.vars().next()).getLiteralLexicalForm()));
        return out;
    }
}
