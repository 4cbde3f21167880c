package org.w3id.lkg.store.remote;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.http.HttpLib;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.w3id.lkg.ingest.IngestReport;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.load.InvalidListException;
import org.w3id.lkg.store.load.ListCounts;
import org.w3id.lkg.store.load.ListLoader;
import org.w3id.lkg.store.load.ListSource;
import org.w3id.lkg.store.load.ListValidator;
import org.w3id.lkg.store.load.LoadBatch;
import org.w3id.lkg.store.load.LoadSummary;
import org.w3id.lkg.store.load.ReplacementGuard;

/**
 * Loads lists into any SPARQL 1.1 store: validate locally, PUT the graph under a temporary name with the Graph
 * Store Protocol, then move it into place with one SPARQL Update request.
 *
 * <p>The store runs the request as one transaction, so readers see either the old graph or the new one. Until then
 * the temporary graph is visible in a union default graph; it lives for the time of one request. The staged list is
 * held in memory here (one list at a time) because the shapes need the whole graph before anything is sent.
 *
 * <p>The move is spelled {@code DROP; INSERT … WHERE; DROP} rather than {@code MOVE}: in Jena 5.6.0, {@code MOVE},
 * {@code COPY} and {@code CLEAR; ADD} onto a graph that already holds triples lose triples on TDB2 (22 moved, 13
 * arrive), which would corrupt every reload into a Fuseki/TDB2 server. {@code INSERT … WHERE} is standard SPARQL
 * 1.1 Update, so every store runs it.
 */
public final class RemoteListLoader implements ListLoader {
    private final String endpoint;
    private final String graphStore;
    private final String update;
    private final ListValidator validator;
    private final ReplacementGuard guard;
    private final String ontologyGraphIri;
    private final Graph ontology;
    private final HttpClient http;
    private final boolean authenticated;
    private final RemoteEndpoint access;
    private boolean ontologyWritten;

    private RemoteListLoader(Builder b) {
        this.endpoint = b.endpoint;
        this.graphStore = b.graphStore == null ? b.endpoint : b.graphStore;
        this.update = b.update == null ? b.endpoint : b.update;
        this.validator = b.validator;
        this.guard = b.guard;
        this.ontologyGraphIri = b.ontologyGraphIri;
        this.ontology = b.ontology;
        this.access = b.access;
        this.authenticated = b.access != null && b.access.hasCredentials();
        if (authenticated) b.access.registerCredentials();
        this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static Builder builder() { return new Builder(); }

    @Override
    public String target() { return endpoint; }

    @Override
    public LoadSummary load(ListSource list) {
        Staged staged = stage(0, list);
        writeOntology();
        putAndMove(list.graphIri(), staged.graph(), list.listKey());
        return new LoadSummary(list.listKey(), list.graphIri(), staged.report(), staged.graph().size(),
                Duration.ofNanos(System.nanoTime() - staged.start()));
    }

    // Staged under a temporary name, then moved into place by one update: readers see the old graph or the new one.
    private void putAndMove(String graphIri, Graph graph, String what) {
        String temporary = graphIri + "/staging/" + UUID.randomUUID();
        try {
            put(temporary, graph, "the staging graph of " + what);
            run(moveUpdate(temporary, graphIri), "the move of " + what);
        } catch (StoreException e) {
            dropQuietly(temporary);
            throw e;
        }
    }

    /**
     * A batch in as few requests as the protocols allow, swapped atomically: each list is read, validated and
     * guarded here, PUT under a temporary name (the Graph Store Protocol takes one graph a request), then one SPARQL
     * Update request moves every list of the batch into place, which the store runs as one transaction. A list that
     * cannot be read, does not conform or would gut its graph is reported and left out; if a PUT or the update
     * fails, every staging graph is dropped and every list of the batch is as it was.
     */
    @Override
    public List<LoadBatch.Outcome> loadBatch(List<ListSource> lists) {
        LoadBatch.Outcome[] outcomes = new LoadBatch.Outcome[lists.size()];
        List<Staged> staged = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            try {
                staged.add(stage(i, lists.get(i)));
            } catch (RuntimeException e) {
                outcomes[i] = LoadBatch.failed(lists.get(i).listKey(), e);
            }
        }
        if (staged.isEmpty()) return Arrays.asList(outcomes);
        List<String> temporaries = new ArrayList<>();
        try {
            writeOntology();
            StringBuilder moves = new StringBuilder();
            for (Staged st : staged) {
                String temporary = st.list().graphIri() + "/staging/" + UUID.randomUUID();
                temporaries.add(temporary);
                put(temporary, st.graph(), "the staging graph of " + st.list().listKey());
                if (!moves.isEmpty()) moves.append(" ;\n");
                moves.append(moveUpdate(temporary, st.list().graphIri()).strip());
            }
            run(moves.toString(), staged.size() == 1 ? "the move of " + staged.get(0).list().listKey() : "the move of a batch of " + staged.size() + " lists");
        } catch (StoreException e) {
            temporaries.forEach(this::dropQuietly);
            for (Staged st : staged) outcomes[st.index()] = LoadBatch.failed(st.list().listKey(), e);
            return Arrays.asList(outcomes);
        }
        for (Staged st : staged) {
            outcomes[st.index()] = LoadBatch.ended(new LoadSummary(st.list().listKey(), st.list().graphIri(), st.report(),
                    st.graph().size(), Duration.ofNanos(System.nanoTime() - st.start())));
        }
        return Arrays.asList(outcomes);
    }

    /** One list of a batch read, validated and guarded: its place, its graph, the reader's report, when it began. */
    private record Staged(int index, ListSource list, Graph graph, IngestReport report, long start) {}

    private Staged stage(int index, ListSource list) {
        long start = System.nanoTime();
        Graph staged = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(staged);
        sink.start();
        IngestReport report = list.streamTo(sink);
        sink.finish();
        ValidationReport validation = validator.validate(staged);
        if (!validation.conforms()) throw new InvalidListException(list.listKey(), validation);
        if (guard != ReplacementGuard.OFF) guard.check(list.listKey(), ListCounts.of(storedGraph(list.graphIri())), ListCounts.of(staged));
        return new Staged(index, list, staged, report, start);
    }

    // A PUT replaces the whole graph in one request, so it needs no staging; it is skipped when the store has the
    // same triples already, because the ontology's blank nodes would get new labels every time. With credentials,
    // put() empties its target first (see there): then the ontology is staged too.
    private void writeOntology() {
        if (ontologyWritten || ontology == null) return;
        if (!isomorphic(storedGraph(ontologyGraphIri), ontology)) {
            if (authenticated) putAndMove(ontologyGraphIri, ontology, "the ontology graph");
            else put(ontologyGraphIri, ontology, "the ontology graph");
        }
        ontologyWritten = true;
    }

    /** One request that replaces {@code graph} with {@code temporary}'s triples and drops {@code temporary}. */
    static String moveUpdate(String temporary, String graph) {
        return """
                DROP SILENT GRAPH <%2$s> ;
                INSERT { GRAPH <%2$s> { ?s ?p ?o } } WHERE { GRAPH <%1$s> { ?s ?p ?o } } ;
                DROP SILENT GRAPH <%1$s>
                """.formatted(temporary, graph);
    }

    // Null when the store has no such graph (404) or cannot be read now; the PUT that follows reports the latter.
    private Graph storedGraph(String graphIri) {
        try {
            return GSP.service(graphStore).httpClient(http).graphName(graphIri).GET();
        } catch (HttpException | IllegalStateException e) {
            return null;
        }
    }

    private static boolean isomorphic(Graph stored, Graph wanted) {
        return stored != null && IsoMatcher.isomorphic(stored, wanted);
    }

    // A store that asks for credentials with Digest (Virtuoso) answers a request without them 401 and closes the
    // connection before reading the body: a large body then dies as a broken pipe, the challenge unanswered. So an
    // empty PUT to the same temporary graph takes the challenge first (Jena answers it and remembers the answer for
    // this URL and method), and the graph's PUT carries the answer from its first byte.
    private void put(String graphIri, Graph graph, String what) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, graph, RDFFormat.NTRIPLES);
        String url = HttpLib.requestURL(graphStore, "graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
        try {
            if (authenticated) HttpLib.handleResponseNoBody(HttpLib.execute(http, putRequest(url, new byte[0])));
            else refusedWithoutCredentials(url);
            HttpLib.handleResponseNoBody(HttpLib.execute(http, putRequest(url, body.toByteArray())));
        } catch (HttpException | IllegalStateException e) {
            throw failure("PUT of " + what, graphStore, e);
        } finally {
            // The answer Jena remembered is for this URL alone, a temporary graph's: kept, one would pile up per list.
            if (authenticated) AuthEnv.get().unregisterAuthModifier(url);
        }
    }

    // Without credentials such a store also closes the connection early, and a large PUT then fails as "connection
    // reset", never saying why (VirtuosoLoadCommandTest saw both, run to run). A HEAD asks first: a store that wants a
    // user answers it 401 with nothing to break; one that lets anyone write changes nothing for it.
    private void refusedWithoutCredentials(String url) {
        HttpResponse<InputStream> answer = HttpLib.execute(http,
                HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        if (answer.statusCode() == 401 || answer.statusCode() == 403) HttpLib.handleResponseNoBody(answer);
        else HttpLib.finishResponse(answer);
    }

    private static HttpRequest putRequest(String url, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        return AuthEnv.get().addAuth(b, url).build();
    }

    private void run(String updateText, String what) {
        try {
            UpdateExecHTTP.service(update).httpClient(http).update(updateText).execute();
        } catch (HttpException | IllegalStateException e) {
            throw failure(what, update, e);
        }
    }

    // Cleanup after a failure: if the endpoint is down this fails too, and the original error is the one to report.
    private void dropQuietly(String graphIri) {
        try {
            GSP.service(graphStore).httpClient(http).graphName(graphIri).DELETE();
        } catch (RuntimeException ignored) {
            // Nothing more to do: a leftover staging graph holds no list's data under the list's name.
        }
    }

    private static StoreException failure(String what, String url, RuntimeException e) {
        String suffix = " (the list's graph in the store is unchanged)";
        if (e instanceof HttpException h && h.getStatusCode() > 0) {
            String body = h.getResponse() == null ? "" : ": " + h.getResponse().strip().lines().findFirst().orElse("");
            return new StoreException("the endpoint " + url + " answered " + h.getStatusCode() + " "
                    + Objects.toString(h.getStatusLine(), "") + " to the " + what + body + suffix, e);
        }
        String reason = causedBy(e, ConnectException.class) ? "nothing is listening there (is the store running?)"
                : causedBy(e, HttpTimeoutException.class) ? "it did not answer in time"
                : rootMessage(e);
        return new StoreException("cannot reach the endpoint " + url + " for the " + what + ": " + reason + suffix, e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void close() {
        // HttpClient on Java 17 has no close(); its threads end with the last reference.
        if (authenticated) access.unregisterCredentials();
    }

    /** Builds a {@link RemoteListLoader}; {@code build()} checks the endpoint URL. */
    public static final class Builder {
        private String endpoint;
        private String graphStore;
        private String update;
        private RemoteEndpoint access;
        private ListValidator validator;
        private ReplacementGuard guard = ReplacementGuard.STANDARD;   // default: a list may not gut the one it replaces
        private String ontologyGraphIri;
        private Graph ontology;
        private Duration connectTimeout = Duration.ofSeconds(10);   // default: long enough for a slow LAN, short for a typo

        /**
         * The dataset URL, e.g. {@code http://localhost:3030/lkg}. Fuseki answers the Graph Store Protocol and
         * SPARQL Update on the dataset URL itself, so that is the default for both.
         */
        public Builder endpoint(String datasetUrl) { this.endpoint = datasetUrl; return this; }

        /** The Graph Store Protocol URL, for stores that serve it elsewhere. Default: the dataset URL. */
        public Builder graphStore(String url) { this.graphStore = url; return this; }

        /** The SPARQL Update URL, for stores that serve it elsewhere. Default: the dataset URL. */
        public Builder update(String url) { this.update = url; return this; }

        /** The dataset, Graph Store Protocol and Update URLs and the user that writes, all at once. */
        public Builder endpoint(RemoteEndpoint endpoint) {
            this.access = Objects.requireNonNull(endpoint, "endpoint");
            this.endpoint = endpoint.dataset();
            this.graphStore = endpoint.graphStore();
            this.update = endpoint.update();
            return this;
        }

        /** Required: how each staged list is checked. */
        public Builder validator(ListValidator validator) { this.validator = validator; return this; }

        /** What a list must keep of the graph it replaces; {@link ReplacementGuard#OFF} replaces whatever it holds. */
        public Builder guard(ReplacementGuard guard) { this.guard = Objects.requireNonNull(guard, "guard"); return this; }

        /** The ontology and concept schemes, PUT into {@code graphIri} before the first list. Default: not written. */
        public Builder ontology(String graphIri, Graph ontology) {
            this.ontologyGraphIri = Objects.requireNonNull(graphIri, "graphIri");
            this.ontology = Objects.requireNonNull(ontology, "ontology");
            return this;
        }

        public Builder connectTimeout(Duration timeout) { this.connectTimeout = Objects.requireNonNull(timeout); return this; }

        public RemoteListLoader build() {
            if (validator == null) throw new IllegalStateException("RemoteListLoader needs a validator");
            if (endpoint == null) throw new IllegalStateException("RemoteListLoader needs an endpoint URL");
            for (String url : new String[] {endpoint, graphStore, update}) {
                if (url != null) checkUrl(url);
            }
            return new RemoteListLoader(this);
        }

        private static void checkUrl(String url) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a URL: '" + url + "' (expected e.g. http://localhost:3030/lkg)", e);
            }
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                throw new IllegalArgumentException("not an http(s) endpoint URL: '" + url + "' (expected e.g. http://localhost:3030/lkg)");
            }
        }
    }
}
