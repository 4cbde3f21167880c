package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.w3id.lkg.ingest.SeedGraph;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.w3id.lkg.ingest.citation.TitleResolution;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.sparql.ProvisionReference;
import org.w3id.lkg.sparql.ProvisionResolver;
import org.w3id.lkg.sparql.Resolution;
import org.w3id.lkg.sparql.SparqlSource;

/**
 * One reference, however it is written (citation/reference-spellings.tsv), names one article everywhere: the ingest
 * registry keys its title to the document the list's citations went to, the resolver of the query side finds that
 * document's article in the seed's graph, and {@code lkg query items-by-article} lists the items resting on it.
 */
class ReferenceSpellingsTest {
    private static final IriScheme IRIS = IriScheme.standard();
    private static ProvisionResolver resolver;
    private static Path trig;

    @BeforeAll
    static void seed() throws Exception {
        resolver = new ProvisionResolver(SparqlSource.of(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(SeedGraph.graph())));
        trig = Files.createTempDirectory("lkg-spellings").resolve("lkg.trig");
        CommandRun run = CommandRun.of("ingest", SeedGraph.SEED.toString(), "--out", trig.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/citation/reference-spellings.tsv", delimiter = '\t', numLinesToSkip = 1)
    void resolvesToOneArticleInIngestTheResolverAndTheCommandLine(String spelling, String key, int article) {
        ProvisionReference ref = ProvisionReference.parse(spelling).orElseThrow(() -> new AssertionError("not parsed: " + spelling));
        assertEquals(article, ref.article(), ref.toString());

        TitleResolution ingest = DocumentRegistry.standard().resolve(ref.title());
        assertTrue(ingest instanceof TitleResolution.Known, "registry: " + ingest);
        assertEquals(key, ((TitleResolution.Known) ingest).document().key());

        Resolution query = resolver.resolve(spelling);
        assertTrue(query.resolved(), query.toString());
        assertEquals(IRIS.article(key, article), query.iri(), "resolver: " + query);

        CommandRun run = CommandRun.of("query", "items-by-article", "--param", "article=" + spelling,
                "--data", trig.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().toList();
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("1,2,对律师违法执业的处罚,true,"), rows.get(1));
    }
}
