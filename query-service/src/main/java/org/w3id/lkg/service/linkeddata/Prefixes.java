package org.w3id.lkg.service.linkeddata;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.w3id.lkg.ontology.Lkg;

/**
 * The prefixes every form is written with (Turtle, RDF/XML, TriG, the JSON-LD context, the editor's queries), so a
 * person reads {@code lkg:itemName} and {@code id:doc/lawyers-law}, never {@code j.0:}.
 */
public final class Prefixes {
    private Prefixes() {}

    /** Prefix → namespace, in the order they are declared; {@code id:} is the configured data base. */
    public static Map<String, String> of(String dataBase) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("lkg", Lkg.NS);
        m.put("id", dataBase);
        m.put("scheme", Lkg.SCHEME_NS);
        m.put("eli", "http://data.europa.eu/eli/ontology#");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("dcat", "http://www.w3.org/ns/dcat#");
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("sh", "http://www.w3.org/ns/shacl#");
        return m;
    }

    /** The same as a Jena prefix mapping. */
    public static PrefixMapping mapping(String dataBase) {
        PrefixMapping pm = new PrefixMappingImpl();
        pm.setNsPrefixes(of(dataBase));
        return pm.lock();
    }

    /** The same as SPARQL {@code PREFIX} lines. */
    public static String sparql(String dataBase) {
        StringBuilder b = new StringBuilder();
        of(dataBase).forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString();
    }
}
