package org.w3id.lkg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each canned query over the hand-written graph: {@code canned/CASE.params} names the query and its parameter values,
 * {@code canned/CASE.expected.tsv} holds the expected rows in order (header = result variables; an empty cell is an
 * unbound variable; a cell listing values joined with 、 is compared as a set).
 */
class CannedQueriesTest {
    private static final QueryCatalog CATALOG = QueryCatalog.fromClasspath();
    private static final SparqlSource SOURCE = SparqlSource.of(Fixtures.graph("lawyer-penalties"));

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(CannedQueriesTest.class.getClassLoader().getResource("canned").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".params"))
                    .map(n -> n.substring(0, n.length() - ".params".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void returnsTheExpectedRows(String caseName) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(Fixtures.text("canned/" + caseName + ".params")));
        CannedQuery q = CATALOG.get(props.getProperty("query"));
        Map<String, String> params = new LinkedHashMap<>();
        props.stringPropertyNames().stream().filter(k -> !k.equals("query")).forEach(k -> params.put(k, props.getProperty(k)));

        BoundQuery bound = q.bind(params, SOURCE);
        assertEquals(q.resultVariables(), bound.query().getResultVars(), "binding keeps the declared columns");
        RowSetRewindable rows = SOURCE.select(bound.query());
        List<String> vars = q.resultVariables();
        List<String> actual = new ArrayList<>();
        actual.add(String.join("\t", vars));
        while (rows.hasNext()) {
            Binding b = rows.next();
            actual.add(vars.stream().map(v -> cell(b.get(v))).collect(Collectors.joining("\t")));
        }
        List<String> expected = Arrays.stream(Fixtures.text("canned/" + caseName + ".expected.tsv").split("\n"))
                .map(CannedQueriesTest::normalise).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual), bound.sparql());
    }

    @Test
    void everyQueryHasACase() throws IOException, URISyntaxException {
        List<String> covered = new ArrayList<>();
        for (String c : cases().toList()) {
            Properties props = new Properties();
            props.load(new StringReader(Fixtures.text("canned/" + c + ".params")));
            covered.add(props.getProperty("query"));
        }
        for (String name : CATALOG.names()) assertEquals(true, covered.contains(name), name + " has a test case");
    }

    private static String cell(Node n) {
        if (n == null) return "";
        String s = n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
        return normaliseCell(s);
    }

    private static String normalise(String line) {
        return Arrays.stream(line.split("\t", -1)).map(CannedQueriesTest::normaliseCell).collect(Collectors.joining("\t"));
    }

    // GROUP_CONCAT order is not defined: compare joined lists as sorted lists
    private static String normaliseCell(String s) {
        return s.contains("、") ? Arrays.stream(s.split("、")).sorted().collect(Collectors.joining("、")) : s;
    }
}
