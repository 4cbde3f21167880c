package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.lkg.cli.LkgCommand;

import tools.jackson.databind.JsonNode;

/**
 * {@code lkg load LIST --service URL --token T} against a running service with an admin token (the command line in
 * this JVM, the service on a real port): a new edition, the same bytes again, a wrong token, a bad list, a service
 * that is not there; each change logged with who, when, key, edition and counts; and, after a PUT of a third edition
 * that adds an item under a unit no edition had, the dumps, the dataset description's counts and a question about
 * the new unit all follow at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lkg.fuseki-port=-1", "lkg.admin-token=" + LiveUpdateTest.TOKEN})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class LiveUpdateTest extends ServiceOnAPort {
    static final String TOKEN = "live-update-token";
    static final String KEY = PreloadedStore.SEED_KEY;
    static final Path THIRD_EDITION = Path.of("src", "test", "resources", "editions", "third-edition", KEY + ".txt");
    static final String NEW_ITEM = "组织法治督察年度检查", NEW_UNIT = "法治督察科";
    private static final PreloadedStore FIXTURE = PreloadedStore.of("lkg-live-update-test", List.of(PreloadedStore.SEED), List.of());

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) { FIXTURE.register(registry); }

    @Test
    @Order(1)
    void aListSentToTheServiceIsItsNextEditionAndTheSameBytesChangeNothing(CapturedOutput log) {
        Run r = lkg("load", PreloadedStore.SECOND_EDITION.toString(), "--service", "http://localhost:" + port, "--token", TOKEN);
        assertEquals(0, r.exit, r.err);
        assertTrue(Pattern.compile("^loaded " + KEY + ": 54 items, .* as edition 2 \\(" + KEY + "\\.txt, sha256 ", Pattern.MULTILINE)
                .matcher(r.out).find(), r.out);
        assertTrue(r.out.contains("lkg load: 1 of 1 list loaded into the service http://localhost:" + port + "\n"), r.out);
        assertEquals(2, editions());
        // who (the client's address), when, which key, which edition, the counts
        assertTrue(Pattern.compile("admin: PUT " + KEY + " by 127\\.0\\.0\\.1 at 20\\d\\d-\\d\\d-\\d\\dT[0-9:.]+Z: loaded " + KEY
                + ": 54 items, \\d+ citations.* as edition 2 ").matcher(log.getOut()).find(), log.getOut());

        Run again = lkg("load", PreloadedStore.SECOND_EDITION.toString(), "--service", "http://localhost:" + port, "--token", TOKEN);
        assertEquals(0, again.exit, again.err);
        assertTrue(again.out.startsWith("unchanged " + KEY + ": the same bytes as its current edition 2 "), again.out);
        assertTrue(again.out.contains("lkg load: 0 of 1 list loaded into the service http://localhost:" + port + "; 1 unchanged\n"), again.out);
        assertEquals(2, editions());
    }

    @Test
    @Order(2)
    void aWrongTokenIsRefusedAndChangesNothing(CapturedOutput log) {
        Run r = lkg("load", THIRD_EDITION.toString(), "--service", "http://localhost:" + port, "--token", "not-" + TOKEN);
        assertEquals(LkgCommand.EXIT_BAD_INPUT, r.exit, r.out + r.err);
        assertTrue(r.err.contains("lkg: 0 of 1 list loaded into the service http://localhost:" + port
                + ": the service refused the admin token (401: "), r.err);
        assertEquals(2, editions());
        assertTrue(log.getOut().contains("admin: PUT " + KEY + " by 127.0.0.1 refused: wrong token"), log.getOut());
    }

    @Test
    @Order(3)
    void aBadListIsRefusedWithTheServersFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = Files.copy(Path.of("..", "cli", "src", "test", "resources", "bad-input", "bad-item-number.tsv"), dir.resolve("bad-item-number.tsv"));
        Run r = lkg("load", bad.toString(), "--service", "http://localhost:" + port, "--token", TOKEN);
        assertEquals(LkgCommand.EXIT_BAD_INPUT, r.exit, r.out + r.err);
        assertTrue(r.err.startsWith("bad input bad-item-number: bad-item-number.tsv:3:1: expected an item number"), r.err);
        assertTrue(r.out.contains("lkg load: 0 of 1 list loaded into the service http://localhost:" + port + "; 1 refused\n"), r.out);
        assertEquals(404, http.get("/api/lists/bad-item-number/editions").statusCode());
    }

    @Test
    @Order(4)
    void aServiceThatIsNotThereNoTokenOrAStoreOptionIsAClearFailure() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Run r = lkg("load", THIRD_EDITION.toString(), "--service", "http://localhost:" + closed, "--token", TOKEN);
        assertEquals(LkgCommand.EXIT_STORE, r.exit, r.out + r.err);
        assertTrue(r.err.contains("cannot reach the service at http://localhost:" + closed + " (connection refused)"), r.err);
        if (System.getenv("LKG_ADMIN_TOKEN") == null) {
            Run none = lkg("load", THIRD_EDITION.toString(), "--service", "http://localhost:" + port);
            assertEquals(LkgCommand.EXIT_BAD_INPUT, none.exit);
            assertTrue(none.err.contains("--service needs the service's admin token: --token TOKEN or LKG_ADMIN_TOKEN"), none.err);
        }
        Run replace = lkg("load", THIRD_EDITION.toString(), "--service", "http://localhost:" + port, "--token", TOKEN, "--replace");
        assertEquals(LkgCommand.EXIT_BAD_INPUT, replace.exit);
        assertTrue(replace.err.contains("--replace: not for --service, which loads with the service's own settings"), replace.err);
        assertEquals(2, editions());
    }

    @Test
    @Order(5)
    void dumpsDescriptionAndQuestionsFollowAPut() throws Exception {
        assertEquals("54", powerItemsInVoid());
        assertTrue(!dump().contains(NEW_ITEM));
        assertEquals(0, askWhatTheNewUnitHandles().size());

        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/lists/" + KEY))
                // the type curl --data-binary sends when none is given, as the README's example does
                .PUT(HttpRequest.BodyPublishers.ofFile(THIRD_EDITION)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(3, Http.json(put).get("edition").asInt());

        String dump = dump();
        assertTrue(dump.contains("\"" + NEW_ITEM + "\"@zh") && dump.contains("\"" + NEW_UNIT + "\"@zh"), "the dump holds the new item and unit");
        assertEquals("55", powerItemsInVoid());
        JsonNode rows = askWhatTheNewUnitHandles();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.toString().contains(NEW_ITEM), rows.toString());
    }

    private JsonNode askWhatTheNewUnitHandles() {
        JsonNode a = Http.json(http.get("/api/ask?q=" + Http.enc(NEW_UNIT + "负责哪些事项")));
        return a.path("rows");
    }

    private String powerItemsInVoid() {
        HttpResponse<String> r = http.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        return QueryExec.graph(g).query("PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n { ?d void:classPartition "
                + "[ void:class <https://w3id.org/lkg/ontology#PowerItem> ; void:entities ?n ] }").select().next().get("n").getLiteralLexicalForm();
    }

    private String dump() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dumps/lkg.nq.gz")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
    }

    private int editions() {
        return Http.json(http.get("/api/lists/" + KEY + "/editions")).get("editions").size();
    }

    private record Run(int exit, String out, String err) {}

    private static Run lkg(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = LkgCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
