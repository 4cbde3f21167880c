package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3id.lkg.service.linkeddata.Describer;
import org.w3id.lkg.store.fixture.RioGraphs;

/**
 * The IRIs answer: every RDF form, by Accept and by suffix, parses in RDF4J Rio to a graph isomorphic to the
 * description Jena holds; the headers (Vary, Content-Location, Link, ETag, Last-Modified), 304, 406, HEAD, gzip;
 * VoID and the dumps against the store's own counts; links never taken from the Host header.
 */
class LinkedDataTest extends EmbeddedServiceTest {
    static final String ART_49 = "/id/doc/lawyers-law/art/49";
    static final String ITEM = "/id/list/000_9601f697a03374a4/item/1-2";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    Describer describer;

    HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) b.headers(headers);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String context() { return "http://localhost:" + port + "/ns/context.jsonld"; }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "/id/doc/lawyers-law/art/49, text/turtle, TURTLE, ttl",
            "/id/doc/lawyers-law/art/49, application/ld+json, JSONLD, jsonld",
            "/id/doc/lawyers-law/art/49, application/rdf+xml, RDFXML, rdf",
            "/id/doc/lawyers-law/art/49, application/n-triples, NTRIPLES, nt",
            "/id/list/000_9601f697a03374a4/item/1-2, text/turtle, TURTLE, ttl",
            "/id/list/000_9601f697a03374a4/item/1-2, application/ld+json, JSONLD, jsonld",
            "/id/org/伊宁市司法局/unit/公律科, application/rdf+xml, RDFXML, rdf",
            "/scheme/sanction-type/fine, application/ld+json, JSONLD, jsonld",
            "/scheme/party, text/turtle, TURTLE, ttl",
            "/ontology, application/rdf+xml, RDFXML, rdf",
            "/ontology, application/ld+json, JSONLD, jsonld"})
    void everyFormParsesInRioAndIsWhatJenaHolds(String path, String accept, String rio, String suffix) throws Exception {
        String encoded = encodePath(path);
        String iri = path.equals("/ontology") ? "https://w3id.org/lkg/ontology"
                : path.startsWith("/scheme/") ? "https://w3id.org/lkg" + path : "https://w3id.org/lkg" + path;
        Graph jena = describer.describe(iri, 1).graph();
        assertTrue(jena.size() > 3, "the store describes " + iri);
        RDFFormat format = (RDFFormat) RDFFormat.class.getField(rio).get(null);
        for (HttpResponse<byte[]> r : List.of(bytes(encoded, "Accept", accept), bytes(encoded + "." + suffix))) {
            assertEquals(200, r.statusCode(), r.uri().toString());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
            assertEquals(encoded + "." + suffix, r.headers().firstValue("Content-Location").orElse(""));
            assertTrue(r.headers().firstValue("Vary").orElse("").toLowerCase().contains("accept"));
            DatasetGraph fromRio = RioGraphs.parse(r.body(), format, context());
            assertTrue(IsoMatcher.isomorphic(jena, fromRio.getDefaultGraph()),
                    "Rio's reading of " + r.uri() + " (" + fromRio.getDefaultGraph().size() + " triples) is Jena's (" + jena.size() + ")");
        }
    }

    @Test
    void turtleAndRdfXmlUseReadablePrefixesAndLinkTheOtherForms() throws Exception {
        HttpResponse<byte[]> ttl = bytes(ART_49, "Accept", "text/turtle");
        String t = new String(ttl.body(), StandardCharsets.UTF_8);
        assertTrue(t.contains("PREFIX lkg:") && t.contains("lkg:citedProvision"), t);
        assertFalse(t.contains("j.0"));
        String xml = new String(bytes(ART_49 + ".rdf").body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns:lkg=\"https://w3id.org/lkg/ontology#\"") && xml.contains("<lkg:"), xml.substring(0, 800));
        assertFalse(xml.contains("j.0"));
        List<String> links = ttl.headers().allValues("Link");
        for (String s : List.of(".html>; rel=\"alternate\"; type=\"text/html\"", ".jsonld>; rel=\"alternate\"; type=\"application/ld+json\"",
                ".rdf>; rel=\"alternate\"", ".nt>; rel=\"alternate\""))
            assertTrue(links.stream().anyMatch(l -> l.contains(ART_49 + s)), s + " in " + links);
        // an article's description lists the citations resting on it
        assertTrue(t.contains("item/1-3/citation/"), "incoming citations listed");
        String jsonld = new String(bytes(ART_49 + ".jsonld").body(), StandardCharsets.UTF_8);
        assertTrue(jsonld.contains("\"@context\": \"" + context() + "\"") && jsonld.contains("\"prescribes\""), jsonld.substring(0, 300));
        HttpResponse<byte[]> ctx = bytes("/ns/context.jsonld");
        assertEquals(200, ctx.statusCode());
        assertTrue(new String(ctx.body(), StandardCharsets.UTF_8).contains("\"citedProvision\""));
    }

    @Test
    void trigForAListIsItsWholeGraph() throws Exception {
        HttpResponse<byte[]> r = bytes("/id/list/000_9601f697a03374a4", "Accept", "application/trig");
        assertEquals(200, r.statusCode());
        DatasetGraph rio = RioGraphs.parse(r.body(), RDFFormat.TRIG, null);
        DatasetGraph jena = DatasetGraphFactory.create();
        RDFParser.fromString(new String(r.body(), StandardCharsets.UTF_8), Lang.TRIG).parse(jena);
        assertTrue(IsoMatcher.isomorphic(jena, rio));
        assertTrue(jena.getGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/lkg/id/graph/000_9601f697a03374a4")).size() > 9000);
        assertEquals(406, bytes(ART_49 + ".trig").statusCode(), "TriG only for a list");
    }

    @Test
    void notAcceptableListsTheOffers() throws Exception {
        HttpResponse<byte[]> r = bytes(ART_49, "Accept", "image/png");
        assertEquals(406, r.statusCode());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        for (String t : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "text/html"))
            assertTrue(body.contains(t), body);
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<byte[]> get = bytes(ART_49, "Accept", "text/turtle");
        HttpResponse<byte[]> head = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ART_49))
                .header("Accept", "text/turtle").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
    }

    @Test
    void etagAndLastModifiedRevalidate() throws Exception {
        HttpResponse<byte[]> r = bytes(ART_49, "Accept", "text/turtle");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        String modified = r.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, bytes(ART_49, "Accept", "text/turtle", "If-None-Match", etag).statusCode());
        assertEquals(304, bytes(ART_49, "Accept", "text/turtle", "If-Modified-Since", modified).statusCode());
        String other = bytes(ART_49, "Accept", "application/ld+json").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, other, "each form has its own tag");
    }

    @Test
    void gzipWhenAsked() throws Exception {
        HttpResponse<byte[]> r = bytes(ITEM, "Accept", "text/turtle", "Accept-Encoding", "gzip");
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        String ttl = new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("对律师违法执业的处罚"));
    }

    @Test
    void voidCountsWhatTheStoreHolds() throws Exception {
        HttpResponse<byte[]> r = bytes("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        DatasetGraph rio = RioGraphs.parse(r.body(), RDFFormat.TURTLE, null);
        Graph g = rio.getDefaultGraph();
        Graph jena = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(r.body(), StandardCharsets.UTF_8), Lang.TURTLE).parse(jena);
        assertTrue(IsoMatcher.isomorphic(jena, g));
        long quads = store.source().select(org.apache.jena.query.QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"))
                .next().get("n").getLiteralValue() instanceof Number n ? n.longValue() : -1;
        String ttl = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("void:triples") && ttl.contains(Long.toString(quads)), "void:triples " + quads);
        assertTrue(ttl.contains("/sparql>") && ttl.contains("/dumps/lkg.nq.gz>") && ttl.contains("dcterms:license"));
        var items = org.apache.jena.sparql.exec.QueryExec.graph(jena).query(
                "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n { ?d void:classPartition [ void:class <https://w3id.org/lkg/ontology#PowerItem> ; void:entities ?n ] }")
                .select().next().get("n").getLiteralLexicalForm();
        assertEquals("54", items);
        assertEquals(200, bytes("/.well-known/void", "Accept", "text/html").statusCode());
    }

    @ParameterizedTest
    @CsvSource({"/dumps/lkg.nq.gz, NQUADS, N-Quads", "/dumps/lkg.trig.gz, TRIG, TriG"})
    void dumpsHoldTheWholeGraph(String path, String rio, String jenaLang) throws Exception {
        HttpResponse<byte[]> r = bytes(path);
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
        byte[] plain;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            plain = in.readAllBytes();
        }
        DatasetGraph fromRio = RioGraphs.parse(plain, (RDFFormat) RDFFormat.class.getField(rio).get(null), null);
        DatasetGraph jena = DatasetGraphFactory.create();
        RDFParser.fromString(new String(plain, StandardCharsets.UTF_8), org.apache.jena.riot.RDFLanguages.nameToLang(jenaLang)).parse(jena);
        assertTrue(IsoMatcher.isomorphic(jena, fromRio));
        long stored = ((Number) store.source().select(org.apache.jena.query.QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"))
                .next().get("n").getLiteralValue()).longValue();
        long dumped = 0;
        for (var it = jena.find(); it.hasNext(); it.next()) dumped++;
        assertEquals(stored, dumped, "every quad of the store");
    }

    @Test
    void linksComeFromTheConfiguredBaseNeverFromTheHostHeader() throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + ART_49 + ".html HTTP/1.1\r\nHost: evil.example.org\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer.substring(0, Math.min(200, answer.length())));
            assertFalse(answer.contains("evil.example.org"), "no link made from the Host header");
        }
    }

    @Test
    void unknownResourcesAre404HtmlForBrowsersJsonOtherwise() throws Exception {
        HttpResponse<byte[]> browser = bytes("/id/doc/lawyers-law/art/4999", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(404, browser.statusCode());
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        HttpResponse<byte[]> other = bytes("/id/doc/lawyers-law/art/4999", "Accept", "text/turtle");
        assertEquals(404, other.statusCode());
        HttpResponse<byte[]> page = bytes("/no/such/律师", "Accept", "text/html");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertEquals(404, page.statusCode());
        assertTrue(html.contains("Did you mean") && html.contains("律师"), html);
        HttpResponse<byte[]> json = bytes("/no/such/page");
        assertEquals(404, json.statusCode());
        assertTrue(new String(json.body(), StandardCharsets.UTF_8).contains("\"status\":404"));
    }

    @Test
    void theRootIsTheHomePageForBrowsersAndJsonForOthers() throws Exception {
        HttpResponse<byte[]> browser = bytes("/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, browser.statusCode());
        assertTrue(new String(browser.body(), StandardCharsets.UTF_8).contains("权责清单知识图谱"));
        HttpResponse<byte[]> curl = bytes("/", "Accept", "*/*");
        assertTrue(new String(curl.body(), StandardCharsets.UTF_8).contains("\"links\""));
        HttpResponse<byte[]> editor = bytes("/sparql", "Accept", "text/html");
        assertEquals(200, editor.statusCode());
        assertTrue(new String(editor.body(), StandardCharsets.UTF_8).contains("yasgui.min.js"));
        assertEquals(400, bytes("/sparql").statusCode(), "a SPARQL client without query= still gets the protocol's 400");
        HttpResponse<byte[]> results = bytes("/sparql?query=" + Http.enc("SELECT ?n WHERE { ?i <https://w3id.org/lkg/ontology#itemName> ?n } LIMIT 3"),
                "Accept", "text/html");
        String page = new String(results.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<table class=\"results\">") && page.contains("3 行 rows"), page);
        assertEquals(200, bytes("/webjars/zazuko__yasgui/build/yasgui.min.js").statusCode());
        assertEquals(200, bytes("/webjars/cytoscape/dist/cytoscape.min.js").statusCode());
    }

    @Test
    void manyIncomingLinksArePagedAndThePagesTogetherHoldThemAll() throws Exception {
        String list = "/id/list/000_9601f697a03374a4";
        org.apache.jena.graph.Node listIri = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/lkg" + list);
        long stored = ((Number) store.source().select(org.apache.jena.query.QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) { ?s ?p <https://w3id.org/lkg" + list + "> }")).next().get("n").getLiteralValue()).longValue();
        assertTrue(stored > 400, "the list has many incoming links: " + stored);
        java.util.Set<org.apache.jena.graph.Triple> incoming = new java.util.HashSet<>();
        String next = list + ".ttl";
        int pages = 0;
        while (next != null) {
            HttpResponse<byte[]> r = bytes(next);
            assertEquals(200, r.statusCode(), next);
            Graph g = RioGraphs.parse(r.body(), RDFFormat.TURTLE, null).getDefaultGraph();
            long before = incoming.size();
            g.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, listIri).forEach(incoming::add);
            assertTrue(incoming.size() - before <= 200, "at most lkg.page-size a page");
            pages++;
            next = r.headers().allValues("Link").stream().filter(l -> l.contains("rel=\"next\""))
                    .map(l -> l.substring(1, l.indexOf('>'))).findFirst().orElse(null);
        }
        assertEquals(stored, incoming.size(), "every incoming link on exactly one page");
        assertEquals((stored + 199) / 200, pages);
    }

    @Test
    void theImpactTableDownloadsAsCsv() throws Exception {
        HttpResponse<byte[]> r = bytes("/impact.csv?ref=" + Http.enc("律师法 49"));
        assertEquals(200, r.statusCode());
        String csv = new String(r.body(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("section,number,item,itemName,provision"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",对律师违法执业的处罚,") && l.contains(",true,")), csv);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",对律师事务所违法执业的处罚,") && l.contains("律师事务所管理办法第五十一条")), csv);
        assertEquals(404, bytes("/impact.csv?ref=" + Http.enc("律帅法第四十九条")).statusCode());
    }

    private static String encodePath(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 0x80) b.append((char) c);
            else b.append('%').append(String.format("%02X", c));
        }
        return b.toString();
    }
}
