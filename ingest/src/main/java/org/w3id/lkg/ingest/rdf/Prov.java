package org.w3id.lkg.ingest.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms the writer uses. */
final class Prov {
    static final String NS = "http://www.w3.org/ns/prov#";
    static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

    private Prov() {}
}
