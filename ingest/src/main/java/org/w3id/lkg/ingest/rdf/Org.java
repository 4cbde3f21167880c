package org.w3id.lkg.ingest.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Organization Ontology terms the writer uses. */
final class Org {
    static final String NS = "http://www.w3.org/ns/org#";
    static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    static final Resource OrganizationalUnit = ResourceFactory.createResource(NS + "OrganizationalUnit");
    static final Property unitOf = ResourceFactory.createProperty(NS + "unitOf");

    private Org() {}
}
