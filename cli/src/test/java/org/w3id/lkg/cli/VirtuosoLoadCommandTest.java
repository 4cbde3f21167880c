package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.store.fixture.GraphFingerprint;
import org.w3id.lkg.store.fixture.VirtuosoServer;
import org.w3id.lkg.store.remote.RemoteEndpoint;

/**
 * {@code lkg load --endpoint} into a real Virtuoso 7.2 (one for the class, on loopback), through its
 * digest-authenticated Graph Store Protocol and Update endpoints, as the README tells users to run it.
 */
class VirtuosoLoadCommandTest {
    private static VirtuosoServer virtuoso;

    @TempDir Path dir;

    @BeforeAll
    static void startVirtuoso() { virtuoso = VirtuosoServer.start(); }

    @AfterAll
    static void stopVirtuoso() {
        if (virtuoso != null) virtuoso.close();
    }

    private CommandRun load(String... more) throws IOException {
        Path password = Files.writeString(dir.resolve("password"), VirtuosoServer.PASSWORD + "\n");
        RemoteEndpoint w = virtuoso.writeEndpoint();
        List<String> args = new java.util.ArrayList<>(List.of("load", LoadCommandTest.SEED.toString(),
                "--endpoint", w.dataset(), "--graph-store", w.graphStore(), "--update", w.update(),
                "--user", VirtuosoServer.USER, "--password-file", password.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static int items() {
        String count = "SELECT (COUNT(?i) AS ?n) { ?i a <https://w3id.org/lkg/ontology#PowerItem> }";
        try (QueryExec q = QueryExecHTTP.service(virtuoso.queryUrl()).query(count).build()) {
            return ((Number) q.select().next().get("n").getLiteralValue()).intValue();
        }
    }

    @Test
    void loadsTheSeedAndAgainWithoutDuplicates() throws IOException {
        CommandRun first = load();
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("lkg load: 1 of 1 list loaded into " + virtuoso.writeEndpoint().dataset()), first.out());
        assertEquals(List.of(LoadCommandTest.SEED_GRAPH, IriScheme.standard().ontologyGraph()), virtuoso.graphNames());
        assertEquals(54, items());
        GraphFingerprint loaded = GraphFingerprint.of(virtuoso.snapshot(), null);

        CommandRun second = load();

        assertEquals(0, second.exitCode(), second.err());
        assertEquals(54, items(), "the same triples twice are stored once");
        assertEquals(loaded, GraphFingerprint.of(virtuoso.snapshot(), null));
    }

    @Test
    void withoutTheUserTheStoreRefusesAndExits3() {
        RemoteEndpoint w = virtuoso.writeEndpoint();
        CommandRun run = CommandRun.of("load", LoadCommandTest.SEED.toString(), "--endpoint", w.dataset(),
                "--graph-store", w.graphStore(), "--update", w.update());

        assertEquals(LkgCommand.EXIT_STORE, run.exitCode(), run.err());
        assertTrue(run.err().contains("answered 401"), run.err());
    }

    @Test
    void aUserWithoutAPasswordOrEndpointOptionsWithAStoreExit2() throws IOException {
        RemoteEndpoint w = virtuoso.writeEndpoint();
        CommandRun noPassword = CommandRun.of("load", LoadCommandTest.SEED.toString(), "--endpoint", w.dataset(),
                "--user", VirtuosoServer.USER, "--password-file", dir.resolve("missing").toString());
        assertEquals(LkgCommand.EXIT_BAD_INPUT, noPassword.exitCode(), noPassword.err());
        assertTrue(noPassword.err().contains("missing: cannot read the password file"), noPassword.err());

        CommandRun withStore = CommandRun.of("load", LoadCommandTest.SEED.toString(), "--store", dir.resolve("tdb2").toString(),
                "--user", VirtuosoServer.USER);
        assertEquals(LkgCommand.EXIT_BAD_INPUT, withStore.exitCode(), withStore.err());
        assertTrue(withStore.err().contains("--user goes with --endpoint"), withStore.err());
    }
}
