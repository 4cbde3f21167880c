package org.w3id.lkg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the European Legislation Identifier ontology ({@value #NS}) that the graph uses. */
public final class Eli {
    public static final String NS = "http://data.europa.eu/eli/ontology#";

    private Eli() {}

    public static final Resource LegalResource = ResourceFactory.createResource(NS + "LegalResource");
    public static final Resource LegalResourceSubdivision = ResourceFactory.createResource(NS + "LegalResourceSubdivision");
    public static final Property is_part_of = ResourceFactory.createProperty(NS + "is_part_of");
    public static final Property cites = ResourceFactory.createProperty(NS + "cites");
    public static final Property based_on = ResourceFactory.createProperty(NS + "based_on");
}
