package org.w3id.lkg.sparql;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Runs queries over a local dataset with the union of its graphs as the default graph. TDB2 does that natively
 * (its union-default-graph setting); any other dataset is viewed through a dataset whose default graph is the union of
 * its default and named graphs and whose named graphs are the original ones, linked, not copied.
 */
final class DatasetSource implements SparqlSource {
    private final DatasetGraph dataset;
    private final boolean tdb2;

    DatasetSource(DatasetGraph dataset) {
        this.dataset = dataset;
        this.tdb2 = TDBInternal.isTDB2(dataset);
    }

    @Override
    public <T> T execute(Query query, Duration timeout, Function<QueryExec, T> action) {
        if (!dataset.supportsTransactions() || dataset.isInTransaction()) return run(query, timeout, action);
        return Txn.calculateRead(dataset, () -> run(query, timeout, action));
    }

    private <T> T run(Query query, Duration timeout, Function<QueryExec, T> action) {
        QueryExecBuilder b;
        if (query.hasDatasetDescription()) {
            // FROM / FROM NAMED pick graphs of this dataset (never the web): the default graph is the merge of the FROM
            // graphs, empty when only FROM NAMED is given; the named graphs are the FROM NAMED ones. Not the union.
            DatasetGraph picked = DynamicDatasets.dynamicDataset(query.getDatasetDescription(), dataset, false);
            Query rest = query.cloneQuery();
            rest.getGraphURIs().clear();
            rest.getNamedGraphURIs().clear();
            b = QueryExec.dataset(picked).query(rest);
        } else {
            b = QueryExec.dataset(tdb2 ? dataset : unionView()).query(query);
            if (tdb2) b = b.set(TDB2.symUnionDefaultGraph, true);
        }
        if (timeout != null && !timeout.isZero() && !timeout.isNegative()) b = b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExec qe = b.build()) {
            return action.apply(qe);
        }
    }

    // Built per query, as the set of named graphs may change between queries; linking is cheap.
    private DatasetGraph unionView() {
        if (!dataset.listGraphNodes().hasNext()) return dataset;
        Graph union = dataset.getDefaultGraph().isEmpty()
                ? dataset.getUnionGraph()
                : new MultiUnion(new Graph[] {dataset.getDefaultGraph(), dataset.getUnionGraph()});
        DatasetGraph view = DatasetGraphFactory.create(union);
        dataset.listGraphNodes().forEachRemaining(g -> view.addGraph(g, dataset.getGraph(g)));
        return view;
    }

    @Override
    public String describe() { return tdb2 ? "TDB2 dataset" : "local dataset"; }
}
