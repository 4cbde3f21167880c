package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.lkg.sparql.BoundQuery;
import org.w3id.lkg.sparql.CannedQuery;
import org.w3id.lkg.sparql.QueryCatalog;
import org.w3id.lkg.sparql.QueryParameter;
import org.w3id.lkg.sparql.SparqlSource;
import org.w3id.lkg.store.ListLoad;
import org.w3id.lkg.store.fixture.VirtuosoServer;
import org.w3id.lkg.store.load.LoadBatch;
import org.w3id.lkg.store.tdb.TdbStore;

/**
 * {@code lkg serve --endpoint} over a real Virtuoso 7.2 (one for the class, on loopback) against the embedded store:
 * both hold the seed and a second list citing the same statutes, each loaded as {@code lkg load} does, and every
 * canned query, asked of the service with its parameters' examples, answers the rows the embedded store gives.
 * Virtuoso's default graph keeps a triple once per graph that holds it, so this is also the test of
 * {@code --endpoint-default-graph all-graphs}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VirtuosoModeTest {
    private static final QueryCatalog CATALOG = QueryCatalog.fromClasspath();
    private static final VirtuosoServer VIRTUOSO;
    private static final TdbStore EMBEDDED;
    private static final SparqlSource REFERENCE;
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("lkg-virtuoso-mode");
            Path seed = Path.of("..", "seeds", EmbeddedServiceTest.SEED);
            // A second city's list that cites what the seed cites: every statute, article and sanction triple is
            // then in two graphs, which is where a store's default graph shows whether it merges or concatenates.
            Path second = Files.copy(seed, DIR.resolve("second-city.txt"));
            List<Path> lists = List.of(seed, second);
            VIRTUOSO = VirtuosoServer.start();
            EMBEDDED = TdbStore.openOrCreate(DIR.resolve("tdb2"));
            for (LoadBatch.Result r : List.of(ListLoad.intoEndpoint(VIRTUOSO.writeEndpoint()).lists(lists).run(),
                    ListLoad.into(EMBEDDED).lists(lists).run())) {
                if (r.count(LoadBatch.Status.LOADED) != 2) throw new IllegalStateException("seed load failed: " + r.line());
            }
            REFERENCE = SparqlSource.of(EMBEDDED.dataset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry registry) {
        registry.add("lkg.endpoint", VIRTUOSO::queryUrl);
        registry.add("lkg.endpoint-default-graph", () -> "all-graphs");
        registry.add("lkg.dumps", () -> DIR.resolve("dumps").toString());
        registry.add("lkg.long-query-penalty", () -> "0s");
        registry.add("lkg.query-timeout", () -> "10s");
    }

    @AfterAll
    static void stop() {
        VIRTUOSO.close();
        EMBEDDED.close();
    }

    @LocalServerPort
    int port;

    private Http http() { return new Http("http://localhost:" + port); }

    static Stream<String> cannedQueries() { return CATALOG.names().stream(); }

    /**
     * Queries whose ORDER BY sorts language-tagged text (statute titles @zh): SPARQL leaves the order of such
     * literals to the engine (Jena: by lexical form; Virtuoso: its own collation), so their rows are compared as a
     * multiset. Every other ordered query must give its rows in the same order.
     */
    private static final Set<String> ORDERED_BY_TAGGED_TEXT = Set.of("citations", "documents", "most-cited-articles");

    /**
     * Virtuoso 7.2's own defects, each column named, README "Over Virtuoso": those cells are compared apart and
     * must still differ (when a fixed Virtuoso answers them right, this fails: take the query off the list).
     * xsd:duration is stored as a bare number ("P3M" comes back "3"); a string constant of the query text that is
     * not ASCII comes back as '?' (the 、 separator and （情节严重） of statute-impact's GROUP_CONCAT).
     */
    private static final Map<String, Set<String>> VIRTUOSO_DEFECTS = Map.of(
            "sanctions", Set.of("minDuration", "maxDuration"),
            "sanctions-by-article", Set.of("minDuration", "maxDuration"),
            "sanctions-by-item", Set.of("maxDuration"),
            "sanctions-by-party", Set.of("maxDuration"),
            "statute-impact", Set.of("sanctions"));

    /**
     * Queries whose examples exclude each other when all are given (items-by-fine: more than 10000 and less than
     * 5000; items-where: 公服科 holds no 行政奖励 for 律师): asked with their first parameter only.
     */
    private static final Set<String> FIRST_PARAMETER_ONLY = Set.of("items-by-fine", "items-where");

    @ParameterizedTest(name = "{0}")
    @MethodSource("cannedQueries")
    void everyCannedQueryAnswersTheEmbeddedStoresRows(String name) {
        CannedQuery q = CATALOG.get(name);
        StringBuilder query = new StringBuilder("/api/queries/" + name + "?format=srj");
        Map<String, String> params = new LinkedHashMap<>();
        for (QueryParameter p : FIRST_PARAMETER_ONLY.contains(name) ? q.parameters().subList(0, 1) : q.parameters()) {
            params.put(p.name(), p.example());
            query.append('&').append(p.name()).append('=').append(Http.enc(p.example()));
        }
        BoundQuery bound = q.bind(params, REFERENCE);
        List<String> vars = q.resultVariables();
        Set<String> defects = VIRTUOSO_DEFECTS.getOrDefault(name, Set.of());
        List<Map<String, String>> expected = rows(REFERENCE.select(bound.query()), vars);

        HttpResponse<String> r = http().get(query.toString());

        assertEquals(200, r.statusCode(), r.body());
        ResultSet answer = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, String>> actual = new ArrayList<>();
        while (answer.hasNext()) {
            QuerySolution s = answer.next();
            Map<String, String> row = new LinkedHashMap<>();
            vars.forEach(v -> row.put(v, cell(s.get(v) == null ? null : s.get(v).asNode())));
            actual.add(row);
        }
        boolean inOrder = bound.query().hasOrderBy() && !ORDERED_BY_TAGGED_TEXT.contains(name);
        assertEquals(lines(expected, vars, defects, inOrder), lines(actual, vars, defects, inOrder), bound.sparql());
        if (!defects.isEmpty()) {
            assertTrue(!lines(expected, vars, Set.of(), inOrder).equals(lines(actual, vars, Set.of(), inOrder)),
                    name + ": Virtuoso now answers " + defects + " right; take it off VIRTUOSO_DEFECTS and README");
        }
        assertTrue(!expected.isEmpty(), name + ": the example answers no rows on the embedded store, so this compares nothing");
    }

    // One line per row, the defective columns left out; sorted unless the order is the query's.
    private static List<String> lines(List<Map<String, String>> rows, List<String> vars, Set<String> leftOut, boolean inOrder) {
        Stream<String> lines = rows.stream().map(row -> vars.stream().filter(v -> !leftOut.contains(v))
                .map(row::get).collect(Collectors.joining(" | ")));
        return inOrder ? lines.toList() : lines.sorted().toList();
    }

    @Test
    void virtuosoAloneCountsASharedTripleOncePerGraphTheServiceOnce() {
        String documents = "PREFIX lkg: <https://w3id.org/lkg/ontology#> SELECT (COUNT(?d) AS ?n) { ?d a lkg:LegalDocument }";
        long embedded = count(REFERENCE.select(org.apache.jena.query.QueryFactory.create(documents)));
        long direct;
        try (var qe = QueryExecHTTP.service(VIRTUOSO.queryUrl()).query(documents).build()) {
            direct = ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
        }
        HttpResponse<String> service = http().get("/sparql?query=" + Http.enc(documents), "Accept", "text/csv");

        assertTrue(embedded > 0);
        assertEquals(2 * embedded, direct, "both lists' graphs hold each cited document");
        assertEquals("n\r\n" + embedded + "\r\n", service.body());
    }

    private static long count(RowSetRewindable rows) {
        return ((Number) rows.next().get("n").getLiteralValue()).longValue();
    }

    private static List<Map<String, String>> rows(RowSetRewindable rows, List<String> vars) {
        List<Map<String, String>> out = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            Map<String, String> row = new LinkedHashMap<>();
            vars.forEach(v -> row.put(v, cell(b.get(v))));
            out.add(row);
        }
        return out;
    }

    // Numbers and booleans by value: TDB2 gives 5000 as "5000.0"^^xsd:decimal, Virtuoso as "5000"; Virtuoso writes
    // true as "1"^^xsd:boolean. Everything else as the term: IRIs, strings, language tags.
    private static String cell(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) {
            NodeValue v = NodeValue.makeNode(n);
            if (v.isInteger() || v.isDecimal()) return v.getDecimal().stripTrailingZeros().toPlainString() + " (number)";
            if (v.isDouble() || v.isFloat()) return v.getDouble() + " (number)";
            if (v.isBoolean()) return v.getBoolean() + " (boolean)";
        }
        return NodeFmtLib.strNT(n);
    }

}
