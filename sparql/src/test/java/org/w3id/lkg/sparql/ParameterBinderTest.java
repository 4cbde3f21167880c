package org.w3id.lkg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Values are bound as RDF terms in the parsed query: no value can change the query's shape. */
class ParameterBinderTest {
    private static final SparqlSource SOURCE = SparqlSource.of(Fixtures.graph("lawyer-penalties"));
    private static final CannedQuery LABEL_SEARCH = CannedQueryReader.read("label-search.rq", Fixtures.text("binding/label-search.rq"));
    private static final QueryCatalog CATALOG = QueryCatalog.fromClasspath();

    @ParameterizedTest
    @ValueSource(strings = {
            "\"} UNION { ?s ?p ?o }",
            "') } UNION { ?item ?p ?name } #",
            "\"\"\" } } SELECT * WHERE { ?s ?p ?o } #",
            "对律师违法执业的处罚\" || true || \"",
            "\\\" \\u0022 } UNION {",
            "<https://w3id.org/lkg/id/> } ; DROP ALL ; SELECT * {"})
    void hostileStringStaysOneLiteral(String value) {
        BoundQuery b = LABEL_SEARCH.bind(Map.of("name", value), SOURCE);
        Node n = b.bindings().get("name");
        assertTrue(n.isLiteral());
        assertEquals(value, n.getLiteralLexicalForm());
        // the query text round-trips to the same query, with the same pattern: one FILTER, no UNION
        String text = b.sparql();
        assertEquals(b.query(), QueryFactory.create(text), text);
        int[] unions = {0};
        ElementWalker.walk(b.query().getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementUnion el) { unions[0]++; }
        });
        assertEquals(0, unions[0], "no UNION in the pattern: " + text);
        assertEquals(LABEL_SEARCH.query().getQueryPattern().toString().replace("?name", "\"x\""),
                LABEL_SEARCH.bind(Map.of("name", "x"), SOURCE).query().getQueryPattern().toString());
        RowSetRewindable rows = SOURCE.select(b.query());
        assertEquals(0, rows.size(), "nothing is named like that: " + text);
    }

    @Test
    void plainStringMatches() {
        RowSetRewindable rows = SOURCE.select(LABEL_SEARCH.bind(Map.of("name", "对律师违法执业的处罚"), SOURCE).query());
        assertEquals(1, rows.size());
    }

    @Test
    void typedValuesAreCheckedWithTheReason() {
        assertMessage(() -> LABEL_SEARCH.bind(Map.of("name", "x", "limitNumber", "two"), SOURCE), "'two': not an integer");
        assertEquals("49", LABEL_SEARCH.bind(Map.of("name", "x", "limitNumber", "四十九"), SOURCE)
                .bindings().get("limitNumber").getLiteralLexicalForm());
        assertMessage(() -> LABEL_SEARCH.bind(Map.of("name", "x", "resource", "https://x.org/a> } UNION {"), SOURCE), "not an IRI");
        assertMessage(() -> LABEL_SEARCH.bind(Map.of("name", "x", "resource", "relative/path"), SOURCE), "not an absolute IRI");
        assertMessage(() -> LABEL_SEARCH.bind(Map.of(), SOURCE), "'name' (string) is required");
        assertMessage(() -> LABEL_SEARCH.bind(Map.of("name", "x", "colour", "red"), SOURCE), "has no parameter 'colour'");
        assertMessage(() -> LABEL_SEARCH.bind(Map.of("name", "x".repeat(2000)), SOURCE), "longer than");
    }

    @Test
    void referencesResolveOrSayWhyWithCandidates() {
        CannedQuery byArticle = CATALOG.get("items-by-article");
        BoundQuery b = byArticle.bind(Map.of("article", "律师法 49"), SOURCE);
        assertEquals("https://w3id.org/lkg/id/doc/lawyers-law/art/49", b.bindings().get("article").getURI());
        ParameterException e = assertThrows(ParameterException.class,
                () -> byArticle.bind(Map.of("article", "律师法第九十九条"), SOURCE));
        assertEquals("article", e.parameter());
        assertEquals("中华人民共和国律师法第五十条", e.candidates().get(0).label(), "the cited article nearest 99");
        assertTrue(e.getMessage().contains("中华人民共和国律师法第五十条"), e.getMessage());
        assertMessage(() -> byArticle.bind(Map.of("article", "律师法"), SOURCE), "names no article");
        assertMessage(() -> byArticle.bind(Map.of("article", "律师法第四十九条\"} UNION { ?s ?p ?o }"), SOURCE), "not an article reference");
        assertMessage(() -> CATALOG.get("items-by-statute").bind(Map.of("statute", "律师法第四十九条"), SOURCE), "names an article");
        assertMessage(() -> CATALOG.get("items-by-sanction").bind(Map.of("type", "罚款", "minYuan", "很多"), SOURCE), "not a decimal");
        assertEquals("10000", CATALOG.get("items-by-sanction").bind(Map.of("type", "罚款", "minYuan", "一万元"), SOURCE)
                .bindings().get("minYuan").getLiteralLexicalForm());
        // an IRI is taken as it is
        assertEquals("https://w3id.org/lkg/id/doc/lawyers-law/art/47", byArticle.bind(
                Map.of("article", "https://w3id.org/lkg/id/doc/lawyers-law/art/47"), SOURCE).bindings().get("article").getURI());
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String expected) {
        ParameterException e = assertThrows(ParameterException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
