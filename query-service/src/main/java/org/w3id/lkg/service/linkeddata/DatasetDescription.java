package org.w3id.lkg.service.linkeddata;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.Lkg;

/**
 * The dataset description (VoID and DCAT) served at {@link #PATH}: triples, entities, class and property
 * partitions counted on the store, the vocabularies, the SPARQL endpoint, the dumps, the licence, the last
 * modification. Counted once per {@link GraphVersion}.
 */
@Component
public class DatasetDescription {
    /** Where it is served, as RFC 8615 and the VoID guide suggest. */
    public static final String PATH = "/.well-known/void";
    static final String VOID = "http://rdfs.org/ns/void#", DCAT = "http://www.w3.org/ns/dcat#";

    private final StoreQueries queries;
    private final GraphVersion version;
    private final WebIris iris;
    private final PublishingProperties properties;
    private volatile String madeFor;
    private volatile Graph made;

    DatasetDescription(StoreQueries queries, GraphVersion version, WebIris iris, PublishingProperties properties) {
        this.queries = queries;
        this.version = version;
        this.iris = iris;
        this.properties = properties;
    }

    /** The IRI of the dataset this service publishes. */
    public String datasetIri() { return iris.absolute(PATH) + "#lkg"; }

    /** The description for the current version. */
    public Graph graph() {
        GraphVersion.Version v = version.current();
        if (v.tag().equals(madeFor) && made != null) return made;
        Graph g = build(v);
        made = g;
        madeFor = v.tag();
        return g;
    }

    private Graph build(GraphVersion.Version v) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = uri(datasetIri());
        add(g, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, ds, RDF.type.asNode(), uri(DCAT + "Dataset"));
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("权责清单法律知识图谱", "zh"));
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Legal knowledge graph of Chinese power lists", "en"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "地方政府权责清单中的权责事项、其依据的法律法规条款、处罚措施、数据质量问题及来源。", "zh"));
        add(g, ds, DCTerms.license.asNode(), uri(properties.license()));
        add(g, ds, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(v.modified().toString(), XSDDatatype.XSDdateTime));
        add(g, ds, uri(VOID + "sparqlEndpoint"), uri(iris.absolute("/sparql")));
        add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(iris.dataBase()));
        add(g, ds, uri(VOID + "rootResource"), uri(iris.dataBase() + "list/"));
        for (String dump : List.of(Dumps.NQUADS, Dumps.TRIG)) {
            Node url = uri(iris.absolute("/dumps/" + dump));
            add(g, ds, uri(VOID + "dataDump"), url);
            Node dist = uri(datasetIri() + "-" + dump.replace('.', '-'));
            add(g, ds, uri(DCAT + "distribution"), dist);
            add(g, dist, RDF.type.asNode(), uri(DCAT + "Distribution"));
            add(g, dist, uri(DCAT + "downloadURL"), url);
            add(g, dist, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/"
                    + (dump.equals(Dumps.NQUADS) ? "application/n-quads" : "application/trig")));
            add(g, dist, uri(DCAT + "compressFormat"), uri("https://www.iana.org/assignments/media-types/application/gzip"));
        }
        Node service = uri(datasetIri() + "-sparql");
        add(g, ds, uri(DCAT + "distribution"), service);
        add(g, service, RDF.type.asNode(), uri(DCAT + "DataService"));
        add(g, service, uri(DCAT + "endpointURL"), uri(iris.absolute("/sparql")));
        add(g, service, uri(DCAT + "servesDataset"), ds);
        for (String ns : List.of(Lkg.NS, "http://data.europa.eu/eli/ontology#", "http://www.w3.org/ns/org#",
                "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/"))
            add(g, ds, uri(VOID + "vocabulary"), uri(ns));
        add(g, ds, RDFS.seeAlso.asNode(), uri(iris.absolute("/ontology")));

        Map<String, Node> none = Map.of();
        Binding totals = queries.select("linkeddata/void-totals", none).get(0);
        add(g, ds, uri(VOID + "triples"), totals.get("triples"));
        add(g, ds, uri(VOID + "entities"), totals.get("entities"));
        add(g, ds, uri(VOID + "distinctSubjects"), totals.get("entities"));
        int i = 0;
        for (Binding b : queries.select("linkeddata/void-classes", none)) {
            Node part = uri(datasetIri() + "-class-" + (++i));
            add(g, ds, uri(VOID + "classPartition"), part);
            add(g, part, uri(VOID + "class"), b.get("class"));
            add(g, part, uri(VOID + "entities"), b.get("n"));
        }
        i = 0;
        for (Binding b : queries.select("linkeddata/void-properties", none)) {
            Node part = uri(datasetIri() + "-property-" + (++i));
            add(g, ds, uri(VOID + "propertyPartition"), part);
            add(g, part, uri(VOID + "property"), b.get("property"));
            add(g, part, uri(VOID + "triples"), b.get("n"));
        }
        return g;
    }

    private static Node uri(String s) { return NodeFactory.createURI(s); }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }
}
