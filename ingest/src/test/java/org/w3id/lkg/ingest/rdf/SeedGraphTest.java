package org.w3id.lkg.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.lkg.ingest.SeedGraph;
import org.w3id.lkg.ontology.OntologyResources;

/** The seed's graph: valid against the SHACL shapes, every item traceable to its line, anomalies as findings. */
class SeedGraphTest {
    @Test
    void conformsToTheShapesWithZeroViolations() {
        ValidationReport report = OntologyResources.validate(SeedGraph.graph());
        if (!report.conforms()) ShLib.printReport(report);
        assertEquals(0, report.getEntries().size());
        assertTrue(report.conforms());
    }

    @Test
    void everyItemAndCitationPointsToItsSourceLine() {
        var rows = SeedGraph.select("""
                SELECT (COUNT(?x) AS ?n) WHERE {
                  { ?x a lkg:PowerItem } UNION { ?x a lkg:Citation } UNION { ?x a lkg:QualityFinding }
                  FILTER NOT EXISTS { ?x lkg:sourceLine ?l ; lkg:sourceColumn ?c ; prov:wasDerivedFrom ?list }
                }""");
        assertEquals(0, Integer.parseInt(rows.next().get("n").getLiteralLexicalForm()));
    }

    @Test
    void oneOrganisationPerNameAndUnitsBelongToTheirBody() {
        var rows = SeedGraph.select("""
                SELECT ?name (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a org:Organization ; skos:prefLabel ?name } GROUP BY ?name""");
        List<String> names = new ArrayList<>();
        rows.forEachRemaining(b -> {
            names.add(b.get("name").getLiteralLexicalForm());
            assertEquals("1", b.get("n").getLiteralLexicalForm(), "one resource for " + b.get("name"));
        });
        assertTrue(names.contains("伊宁市司法局") && names.contains("县市区司法局"), names.toString());
        var units = SeedGraph.select("""
                SELECT ?unit WHERE { ?item lkg:handledBy ?u . ?u skos:prefLabel ?unit ; org:unitOf ?body . ?body skos:prefLabel "伊宁市司法局"@zh }""");
        assertTrue(units.hasNext());
    }

    @ParameterizedTest(name = "{0} at line {1}")
    @CsvSource({
            "shifted-column, 6", "shifted-column, 73", "repeated-power-type, 13", "repeated-power-type, 15",
            "power-type-section-mismatch, 15", "power-type-section-mismatch, 26", "power-type-section-mismatch, 27",
            "swapped-columns, 20", "swapped-columns, 36", "superseded-document, 62", "form-name, 49", "form-name, 53",
            "inconsistent-adoption-date, 21", "generic-body, 14", "extra-cell, 64"})
    void theSeedsAnomaliesAreFindings(String kind, int line) {
        var rows = SeedGraph.select("""
                SELECT ?f WHERE { ?f a lkg:QualityFinding ; lkg:findingKind ?k ; lkg:sourceLine %d .
                  FILTER(STRENDS(STR(?k), "/%s")) }""".formatted(line, kind));
        assertTrue(rows.hasNext(), kind + " at line " + line);
    }
}
