package org.w3id.lkg.ingest.load;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.lkg.ontology.IriScheme;

/** The loader set-up the tests share: the test shapes, the test ontology graph. */
final class TestLoaders {
    static final String ONTOLOGY_GRAPH = IriScheme.standard().ontologyGraph();

    private TestLoaders() {}

    static ListValidator testShapes() {
        return ListValidator.shacl(FixtureList.resource("shapes"), FixtureList.resource("ontology"));
    }

    static TdbListLoader.Builder tdb(DatasetGraph dataset) {
        return TdbListLoader.builder().dataset(dataset).validator(testShapes())
                .ontology(ONTOLOGY_GRAPH, FixtureList.resource("ontology"));
    }
}
