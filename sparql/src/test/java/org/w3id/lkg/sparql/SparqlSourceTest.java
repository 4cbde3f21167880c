package org.w3id.lkg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** The default graph a query sees is the union of the data, whatever the dataset holds it in. */
class SparqlSourceTest {
    private static final CannedQuery BY_ARTICLE = QueryCatalog.fromClasspath().get("items-by-article");

    @Test
    void tdb2NamedGraphsAreQueriedAsOne() {
        Dataset tdb = TDB2Factory.createDataset();
        Dataset fixture = Fixtures.graph("lawyer-penalties");
        Txn.executeWrite(tdb, () -> fixture.asDatasetGraph().find().forEachRemaining(tdb.asDatasetGraph()::add));
        assertEquals(3L, rows(SparqlSource.of(tdb)));
        // rows read from TDB2 stay readable after the transaction: labels resolve without "Not in a transaction"
        Resolution r = new ProvisionResolver(SparqlSource.of(tdb)).resolve("律师法 49");
        assertEquals("中华人民共和国律师法第四十九条", r.label());
    }

    @Test
    void defaultGraphOnlyDataIsQueriedAsIs() {
        Dataset flat = DatasetFactory.create();
        flat.getDefaultModel().add(ModelFactory.createModelForGraph(Fixtures.graph("lawyer-penalties").asDatasetGraph().getUnionGraph()));
        assertEquals(3L, rows(SparqlSource.of(flat)));
    }

    @Test
    void defaultAndNamedGraphsTogether() {
        Dataset mixed = Fixtures.graph("lawyer-penalties");
        String ontology = "https://w3id.org/lkg/id/graph/ontology";
        mixed.getDefaultModel().add(mixed.getNamedModel(ontology));
        mixed.removeNamedModel(ontology);
        assertEquals(3L, rows(SparqlSource.of(mixed)));
    }

    @Test
    void cachedLookupsAnswerTheSameAndRememberForAWhile() {
        Dataset ds = Fixtures.graph("lawyer-penalties");
        SparqlSource cached = SparqlSource.cached(SparqlSource.of(ds), java.time.Duration.ofMinutes(1));
        assertEquals("中华人民共和国律师法第四十九条", new ProvisionResolver(cached).resolve("律师法 49").label());
        // the graph loses its titles; the cache still knows them, the raw source no longer does
        ds.getNamedModel("https://w3id.org/lkg/id/graph/ontology").removeAll(null,
                ModelFactory.createDefaultModel().createProperty("https://w3id.org/lkg/ontology#canonicalTitle"), null);
        assertEquals("中华人民共和国律师法第四十九条", new ProvisionResolver(cached).resolve("律师法第四十九条").label());
        assertEquals(false, new ProvisionResolver(SparqlSource.of(ds)).resolve("律师法第四十九条").resolved());
        assertEquals(3L, rows(cached), "execute is not cached and still works");
    }

    private static long rows(SparqlSource source) {
        return source.select(BY_ARTICLE.bind(Map.of("article", "律师法第四十九条"), source).query()).size();
    }
}
