package org.w3id.lkg.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.lkg.ingest.PowerListIngest;
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
        Graph g = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(g);
        sink.start();
        PowerListIngest.builder().source(LIST).build().streamTo(sink);
        sink.finish();

        ValidationReport report = OntologyResources.validate(g);
        assertTrue(report.conforms(), "SHACL: " + report.getEntries());

        String q = SeedGraph.PREFIXES + """
                SELECT ?name ?type ?condition ?underItem WHERE {
                  ?item lkg:itemName ?name .
                  ?s a lkg:Sanction ; lkg:sanctionType ?t ; lkg:condition ?condition ;
                     lkg:prescribedBy/lkg:number 28 .
                  FILTER(STRSTARTS(STR(?s), STR(?item)))
                  BIND(REPLACE(STR(?t), "^.*/", "") AS ?type)
                  BIND(STRSTARTS(STR(?s), CONCAT(STR(?item), "/sanction/")) AS ?underItem) }
                ORDER BY ?name ?type""";
        List<String> got = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(g))) {
            qe.execSelect().forEachRemaining(b -> got.add(b.getLiteral("name").getString() + " → " + b.getLiteral("type").getString()
                    + " (" + b.getLiteral("condition").getString() + ")" + (b.getLiteral("underItem").getBoolean() ? "" : " NOT under the item")));
        }
        assertEquals(List.of(
                "对社区矫正对象给予警告 → warning (据事项名称：对社区矫正对象给予警告)",
                "对违反监督管理规定的社区矫正对象给予训诫、警告 → admonition (据事项名称：对违反监督管理规定的社区矫正对象给予训诫、警告)",
                "对违反监督管理规定的社区矫正对象给予训诫、警告 → warning (据事项名称：对违反监督管理规定的社区矫正对象给予训诫、警告)"), got);
    }
}
