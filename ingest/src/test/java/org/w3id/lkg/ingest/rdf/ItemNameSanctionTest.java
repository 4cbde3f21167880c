package org.w3id.lkg.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.w3id.lkg.ingest.SeedGraph;
import org.w3id.lkg.ontology.OntologyResources;

/**
 * Sanctions stated only by item names: two items cite 社区矫正法第二十八条 without quoting it and each names 警告 in
 * its own words. Each item gets its own sanction resources; one article-level resource would carry two conditions.
 */
class ItemNameSanctionTest {
    static final Path LIST = Path.of("src/test/resources/lists/two-items-name-a-warning-under-one-article.csv");

    @Test
    void eachItemHasItsOwnSanctionsAndTheGraphConforms() {
        Graph g = SeedGraph.ingest(LIST);

        ValidationReport report = OntologyResources.validate(g);
        assertTrue(report.conforms(), "SHACL: " + report.getEntries());

        // Every sanction of the article, with the item it hangs under (none would show as such).
        String q = """
                SELECT ?name ?type ?condition WHERE {
                  ?s a lkg:Sanction ; lkg:sanctionType ?t ; lkg:condition ?condition ;
                     lkg:prescribedBy/lkg:number 28 .
                  OPTIONAL { ?item lkg:itemName ?itemName FILTER(STRSTARTS(STR(?s), CONCAT(STR(?item), "/sanction/"))) }
                  BIND(COALESCE(?itemName, "(under no item)") AS ?name)
                  BIND(REPLACE(STR(?t), "^.*/", "") AS ?type) }
                ORDER BY ?name ?type""";
        List<String> got = new ArrayList<>();
        SeedGraph.select(g, q).forEachRemaining(b -> got.add(b.get("name").getLiteralLexicalForm() + " → "
                + b.get("type").getLiteralLexicalForm() + " (" + b.get("condition").getLiteralLexicalForm() + ")"));
        assertEquals(List.of(
                "对社区矫正对象给予警告 → warning (据事项名称：对社区矫正对象给予警告)",
                "对违反监督管理规定的社区矫正对象给予训诫、警告 → admonition (据事项名称：对违反监督管理规定的社区矫正对象给予训诫、警告)",
                "对违反监督管理规定的社区矫正对象给予训诫、警告 → warning (据事项名称：对违反监督管理规定的社区矫正对象给予训诫、警告)"), got);
    }
}
