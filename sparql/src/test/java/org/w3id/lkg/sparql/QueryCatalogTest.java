package org.w3id.lkg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every .rq file parses and its header agrees with its query; the names and variables the issues promise are there. */
class QueryCatalogTest {
    private static final QueryCatalog CATALOG = QueryCatalog.fromClasspath();

    // The contract of issues 2, 3 and 5: names, parameters, result variables.
    private static final Map<String, List<String>> PROMISED_RESULTS = Map.of(
            "citations", List.of("section", "number", "itemName", "statute", "article", "paragraph", "point", "direct"),
            "items-by-article", List.of("section", "number", "itemName", "direct", "via"),
            "documents", List.of("statute", "rank", "citedBy"),
            "sanctions", List.of("statute", "article", "type", "minYuan", "maxYuan", "minMultiple", "maxMultiple",
                    "minDuration", "maxDuration", "authority", "party", "serious"),
            "quality-findings", List.of("kind", "line", "column", "message", "subject"));
    private static final Map<String, List<String>> PROMISED_PARAMS = Map.ofEntries(
            Map.entry("citations", List.of()), Map.entry("documents", List.of()),
            Map.entry("items-by-article", List.of("article")), Map.entry("items-by-statute", List.of("statute")),
            Map.entry("statute-impact", List.of("ref")), Map.entry("sanctions", List.of()),
            Map.entry("items-by-sanction", List.of("type", "minYuan")), Map.entry("items-by-unit", List.of("unit")),
            Map.entry("items-by-party", List.of("party")), Map.entry("items-by-power-type", List.of("type")),
            Map.entry("most-cited-articles", List.of()), Map.entry("quality-findings", List.of()));

    static Stream<CannedQuery> queries() { return CATALOG.all().stream(); }

    @Test
    void everyPromisedQueryIsThereWithItsParameters() {
        PROMISED_PARAMS.forEach((name, params) -> assertEquals(params,
                CATALOG.get(name).parameters().stream().map(QueryParameter::name).toList(), name));
        PROMISED_RESULTS.forEach((name, vars) -> assertEquals(vars, CATALOG.get(name).resultVariables(), name));
        assertTrue(CATALOG.get("items-by-sanction").parameter("type").orElseThrow().required());
        assertFalse(CATALOG.get("items-by-sanction").parameter("minYuan").orElseThrow().required());
    }

    @Test
    void classpathHoldsExactlyTheFilesOfTheSparqlFolder() {
        // surefire runs in the module folder, where the .rq files live
        assertEquals(QueryCatalog.fromDirectory(Path.of(".")).names(), CATALOG.names());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void headerDocumentsTheQueryAndEveryParameter(CannedQuery q) {
        // SELECT, the result list and parameters as variables are the reader's own checks (CATALOG would not load
        // otherwise; headerFaultsNameFileAndLine shows each refusal): here, what it does not check.
        for (QueryParameter p : q.parameters()) {
            assertFalse(p.description().isBlank(), q.name() + ": parameter " + p.name() + " is described");
            assertFalse(p.example().isBlank(), q.name() + ": parameter " + p.name() + " has an example");
        }
        assertFalse(q.title().isBlank(), q.name() + " has a title");
        assertFalse(q.description().isBlank(), q.name() + " has a description");
    }

    @Test
    void unknownQueryNamesTheKnownOnes() {
        var e = assertThrows(java.util.NoSuchElementException.class, () -> CATALOG.get("no-such-query"));
        assertTrue(e.getMessage().contains("items-by-article"), e.getMessage());
    }

    @Test
    void headerFaultsNameFileAndLine() {
        String good = "# name: x\n# result: ?a\nSELECT ?a WHERE { ?a ?b ?c }";
        assertEquals(List.of("a"), CannedQueryReader.read("x.rq", good).resultVariables());
        assertFault("y.rq", good, "differs from the file name");
        assertFault("x.rq", good.replace("?a\nSELECT", "?b\nSELECT"), "differs from the SELECT list");
        assertFault("x.rq", "# name: x\n# param: p | colour | required | d | e\n# result: ?a\nSELECT ?a WHERE { ?a ?p ?c }",
                "unknown parameter type 'colour'");
        assertFault("x.rq", "# name: x\n# param: q | string | required | d | e\n# result: ?a\nSELECT ?a WHERE { ?a ?p ?c }",
                "parameter 'q' is not a variable");
        assertFault("x.rq", "# name: x\n# result: ?a\nSELECT ?a WHERE { ?a ?b ", "does not parse");
    }

    private static void assertFault(String file, String text, String expected) {
        var e = assertThrows(CannedQueryException.class, () -> CannedQueryReader.read(file, text));
        assertTrue(e.getMessage().contains(expected) && e.getMessage().startsWith(file), e.getMessage());
    }
}
