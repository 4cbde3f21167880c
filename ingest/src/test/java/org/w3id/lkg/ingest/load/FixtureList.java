package org.w3id.lkg.ingest.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.w3id.lkg.ingest.IngestReport;

/** A list whose triples come from a Turtle fixture under {@code load/}, so loader tests do not need the reader. */
record FixtureList(String listKey, String graphIri, Graph graph) implements ListSource {
    static final String GRAPH = "https://w3id.org/lkg/id/graph/fixture";

    /** The fixture {@code load/NAME.ttl} as the list {@code fixture}. */
    static FixtureList of(String name) { return of(name, "fixture", GRAPH); }

    static FixtureList of(String name, String listKey, String graphIri) {
        return new FixtureList(listKey, graphIri, resource(name));
    }

    static Graph resource(String name) {
        return RDFDataMgr.loadGraph(FixtureList.class.getResource("/load/" + name + ".ttl").toString());
    }

    @Override
    public IngestReport streamTo(StreamRDF sink) {
        StreamRDFOps.sendTriplesToStream(graph, sink);
        return new IngestReport(listKey, 0, 0, 0, graph.size());
    }
}
