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
    void noFindingWhereTheSourceIsFine() {
        var rows = SeedGraph.select("""
                SELECT ?k ?line WHERE { ?f a lkg:QualityFinding ; lkg:findingKind ?k ; lkg:sourceLine ?line .
                  FILTER(?line IN (45, 82) || (?line = 33 && STRENDS(STR(?k), "/broken-enumeration"))) }""");
        assertTrue(!rows.hasNext(), "lines 45 and 82 are clean; line 33 quotes one point (五), which is no broken enumeration");
    }

    @Test
    void citedWordingIsWordingNotTheLayoutBetweenNumberedReferences() {
        // "1.《社区矫正法》第28条；2.《…》" quotes nothing: "；2." once came out as the wording of 第28条.
        var rows = SeedGraph.select("""
                SELECT ?label ?text WHERE { ?c lkg:citedText ?text ; rdfs:label ?label .
                  FILTER(!REGEX(STR(?text), "\\\\p{IsHan}") || REGEX(STR(?text), "[；;。\\\\s]\\\\d{1,2}[.．、]\\\\s*$")) }""");
        List<String> got = new ArrayList<>();
        rows.forEachRemaining(b -> got.add(b.get("label").getLiteralLexicalForm() + " = " + b.get("text").getLiteralLexicalForm()));
        assertEquals(List.of(), got);
        var quoted = SeedGraph.select("""
                SELECT (COUNT(*) AS ?n) WHERE { ?c lkg:citedText ?text }""");
        assertEquals(89, quoted.next().get("n").getLiteralValue());
    }

    @Test
    void sanctionsOfLawyersLawArticle49ReachTheItemThatCitesIt() {
        var rows = SeedGraph.select("""
                SELECT ?type ?max ?minD ?maxD ?serious WHERE {
                  ?item lkg:itemName "对律师违法执业的处罚"@zh ; lkg:hasCitation/lkg:citedProvision ?art .
                  ?art lkg:number 49 ; lkg:inDocument/lkg:canonicalTitle "中华人民共和国律师法"@zh .
                  ?s lkg:prescribedBy ?art ; lkg:sanctionType ?typeIri ; lkg:serious ?serious .
                  OPTIONAL { ?s lkg:maxFineYuan ?max } OPTIONAL { ?s lkg:minDuration ?minD ; lkg:maxDuration ?maxD }
                  BIND(REPLACE(STR(?typeIri), "^.*/", "") AS ?type) }
                ORDER BY ?type""");
        List<String> got = new ArrayList<>();
        rows.forEachRemaining(b -> got.add(b.get("type").getLiteralLexicalForm()
                + (b.contains("max") ? " ≤" + b.get("max").getLiteralLexicalForm() : "")
                + (b.contains("minD") ? " " + b.get("minD").getLiteralLexicalForm() + ".." + b.get("maxD").getLiteralLexicalForm() : "")
                + (Boolean.parseBoolean(b.get("serious").getLiteralLexicalForm()) ? " serious" : "")));
        assertEquals(List.of("confiscation-of-illegal-gains", "fine ≤10000", "suspension-of-practice P3M..P6M serious", "warning"), got);
    }

    // Lines 7 and 8 both quote 律师法第五十二条: line 7 as the statute has it, line 8 garbled (给予警告、罚款…处罚的，由…实施).
    // Each quotation is read; a kind both name (吊销执业证书) is described by the first, line 7's.
    @Test
    void sanctionsOfLawyersLawArticle52AreReadFromBothQuotations() {
        var rows = SeedGraph.select("""
                SELECT ?type ?line ?minD ?maxD ?by WHERE {
                  ?art lkg:number 52 ; lkg:inDocument/lkg:canonicalTitle "中华人民共和国律师法"@zh .
                  ?s lkg:prescribedBy ?art ; lkg:sanctionType ?typeIri ; lkg:sourceLine ?line ; lkg:imposingAuthority ?by .
                  OPTIONAL { ?s lkg:minDuration ?minD ; lkg:maxDuration ?maxD }
                  BIND(REPLACE(STR(?typeIri), "^.*/", "") AS ?type) }
                ORDER BY ?type""");
        List<String> got = new ArrayList<>();
        rows.forEachRemaining(b -> got.add(b.get("type").getLiteralLexicalForm() + " @" + b.get("line").getLiteralLexicalForm()
                + (b.contains("minD") ? " " + b.get("minD").getLiteralLexicalForm() + ".." + b.get("maxD").getLiteralLexicalForm() : "")
                + " by " + b.get("by").getLiteralLexicalForm()));
        String city = "设区的市级或者直辖市的区人民政府司法行政部门";
        assertEquals(List.of("confiscation-of-illegal-gains @8 by 律师事务所所在地的" + city,
                "fine @8 by 律师事务所所在地的" + city,
                "revocation-of-practice-certificate @7 by 省、自治区、直辖市人民政府司法行政部门",
                "suspension-of-business @8 by 律师事务所所在地的" + city,
                "suspension-of-practice @7 P3M..P1Y by " + city,
                "warning @8 by 律师事务所所在地的" + city), got);
    }

    @Test
    void partiesAreRecognisedFromTheItemName() {
        var rows = SeedGraph.select("""
                SELECT ?name ?party WHERE { ?i lkg:itemName ?name ; lkg:actsOn ?p . BIND(REPLACE(STR(?p), "^.*/", "") AS ?party)
                  FILTER(?name IN ("对律师违法执业的处罚"@zh, "对律师事务所违法执业的处罚"@zh)) } ORDER BY ?name""");
        List<String> got = new ArrayList<>();
        rows.forEachRemaining(b -> got.add(b.get("name").getLiteralLexicalForm() + "→" + b.get("party").getLiteralLexicalForm()));
        assertEquals(List.of("对律师事务所违法执业的处罚→law-firm", "对律师违法执业的处罚→lawyer"), got);
    }

    @Test
    void swappedAccountabilityCellsArePutRight() {
        // Line 20 writes the situations' lead-in before the persons in 追责对象范围 and leaves 追责情形 empty.
        var rows = SeedGraph.select("""
                SELECT ?p WHERE { ?i lkg:sourceLine 20 ; lkg:accountablePerson ?p } ORDER BY ?p""");
        List<String> got = new ArrayList<>();
        rows.forEachRemaining(b -> got.add(b.get("p").getLiteralLexicalForm()));
        assertEquals(java.util.Set.of("具体承办人", "内设机构负责人", "单位法定代表人或分管领导"), new java.util.HashSet<>(got));
        assertEquals(3, got.size());
    }

    @Test
    void responsibilitiesAreOrderedSteps() {
        var rows = SeedGraph.select("""
                SELECT ?n ?label WHERE { ?i lkg:sourceLine 45 ; lkg:responsibilityStep ?s . ?s lkg:order ?n ; rdfs:label ?label } ORDER BY ?n""");
        List<String> got = new ArrayList<>();
        rows.forEachRemaining(b -> got.add(b.get("n").getLiteralLexicalForm() + " " + b.get("label").getLiteralLexicalForm()));
        // Line 45's 责任事项内容 numbers three steps: 1.完善服务标准… 2.依法依规提供法律援助。 3.建立健全监督制度…
        assertEquals(3, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("1 完善服务标准"), got.toString());
        assertEquals("2 依法依规提供法律援助", got.get(1));
        assertTrue(got.get(2).startsWith("3 建立健全监督制度"), got.toString());
    }

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
        // The 承办机构 of 伊宁市司法局's items in the hand-written key (seed/items-key.tsv), each a unit of that body.
        var units = SeedGraph.select("""
                SELECT DISTINCT ?unit WHERE { ?item lkg:handledBy ?u . ?u skos:prefLabel ?unit ; org:unitOf ?body .
                  ?body skos:prefLabel "伊宁市司法局"@zh } ORDER BY ?unit""");
        List<String> unitNames = new ArrayList<>();
        units.forEachRemaining(b -> unitNames.add(b.get("unit").getLiteralLexicalForm()));
        assertEquals(List.of("依法治市委员会办公室", "公律科", "公服科", "公证科", "法律援助中心", "矫正科"), unitNames);
    }

    @ParameterizedTest(name = "{0} at line {1}")
    @CsvSource({
            "shifted-column, 6", "shifted-column, 73", "repeated-power-type, 13", "repeated-power-type, 15",
            "power-type-section-mismatch, 15", "power-type-section-mismatch, 26", "power-type-section-mismatch, 27",
            "swapped-columns, 20", "swapped-columns, 36", "superseded-document, 62", "form-name, 49", "form-name, 53",
            "inconsistent-adoption-date, 21", "generic-body, 14", "extra-cell, 64", "broken-enumeration, 7"})
    void theSeedsAnomaliesAreFindings(String kind, int line) {
        var rows = SeedGraph.select("""
                SELECT ?f WHERE { ?f a lkg:QualityFinding ; lkg:findingKind ?k ; lkg:sourceLine %d .
                  FILTER(STRENDS(STR(?k), "/%s")) }""".formatted(line, kind));
        assertTrue(rows.hasNext(), kind + " at line " + line);
    }
}
