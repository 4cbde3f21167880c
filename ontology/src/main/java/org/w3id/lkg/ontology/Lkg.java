package org.w3id.lkg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the lkg: ontology ({@value #NS}); ontology/lkg.ttl defines each one and a test keeps the two in step. */
public final class Lkg {
    /** Ontology namespace. */
    public static final String NS = "https://w3id.org/lkg/ontology#";
    /** Concept schemes (power types, ranks, sanction types, parties, finding kinds) live under this base. */
    public static final String SCHEME_NS = "https://w3id.org/lkg/scheme/";
    /** Default base of data IRIs; ingest and the service take another by configuration. */
    public static final String DEFAULT_DATA_BASE = "https://w3id.org/lkg/id/";

    private Lkg() {}

    private static Resource cls(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property prop(String local) { return ResourceFactory.createProperty(NS + local); }

    // --- classes ---------------------------------------------------------------------------
    public static final Resource LegalDocument = cls("LegalDocument");
    public static final Resource DocumentVersion = cls("DocumentVersion");
    public static final Resource Provision = cls("Provision");
    public static final Resource Article = cls("Article");
    public static final Resource Paragraph = cls("Paragraph");
    public static final Resource Point = cls("Point");
    public static final Resource PowerList = cls("PowerList");
    public static final Resource CatalogueSection = cls("CatalogueSection");
    public static final Resource PowerItem = cls("PowerItem");
    public static final Resource Citation = cls("Citation");
    public static final Resource Sanction = cls("Sanction");
    public static final Resource ResponsibilityStep = cls("ResponsibilityStep");
    public static final Resource LabelledValue = cls("LabelledValue");
    public static final Resource QualityFinding = cls("QualityFinding");

    // --- legal documents -------------------------------------------------------------------
    public static final Property canonicalTitle = prop("canonicalTitle");
    public static final Property key = prop("key");
    public static final Property alias = prop("alias");
    public static final Property rank = prop("rank");
    public static final Property issuingBody = prop("issuingBody");
    public static final Property supersededBy = prop("supersededBy");
    public static final Property versionOf = prop("versionOf");
    public static final Property versionDate = prop("versionDate");
    public static final Property versionEvent = prop("versionEvent");
    public static final Property adoptionDate = prop("adoptionDate");
    public static final Property promulgationDate = prop("promulgationDate");
    public static final Property effectiveDate = prop("effectiveDate");
    public static final Property amendmentDate = prop("amendmentDate");
    public static final Property revisionDate = prop("revisionDate");

    // --- provisions ------------------------------------------------------------------------
    public static final Property number = prop("number");
    public static final Property inDocument = prop("inDocument");
    public static final Property text = prop("text");

    // --- power lists and items -------------------------------------------------------------
    public static final Property issuer = prop("issuer");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property declaredItemCount = prop("declaredItemCount");
    public static final Property inList = prop("inList");
    public static final Property section = prop("section");
    public static final Property sectionNumber = prop("sectionNumber");
    public static final Property itemNumber = prop("itemNumber");
    public static final Property itemName = prop("itemName");
    public static final Property subItemName = prop("subItemName");
    public static final Property powerType = prop("powerType");
    public static final Property declaredPowerType = prop("declaredPowerType");
    public static final Property exercisedBy = prop("exercisedBy");
    public static final Property handledBy = prop("handledBy");
    public static final Property level = prop("level");
    public static final Property authorityScope = prop("authorityScope");
    public static final Property duty = prop("duty");
    public static final Property responsibility = prop("responsibility");
    public static final Property responsibilityBasis = prop("responsibilityBasis");
    public static final Property responsibilityStep = prop("responsibilityStep");
    public static final Property labelledValue = prop("labelledValue");
    public static final Property sourceSheet = prop("sourceSheet");
    public static final Property accountablePersons = prop("accountablePersons");
    public static final Property accountablePerson = prop("accountablePerson");
    public static final Property accountabilitySituations = prop("accountabilitySituations");
    public static final Property accountabilitySituation = prop("accountabilitySituation");
    public static final Property remark = prop("remark");
    public static final Property actsOn = prop("actsOn");
    public static final Property legalBasisText = prop("legalBasisText");
    public static final Property reliesOn = prop("reliesOn");

    // --- citations -------------------------------------------------------------------------
    public static final Property hasCitation = prop("hasCitation");
    public static final Property citingItem = prop("citingItem");
    public static final Property citedProvision = prop("citedProvision");
    public static final Property citedDocument = prop("citedDocument");
    public static final Property citedVersion = prop("citedVersion");
    public static final Property citedTitle = prop("citedTitle");
    public static final Property citedText = prop("citedText");
    public static final Property citationText = prop("citationText");
    public static final Property direct = prop("direct");
    public static final Property via = prop("via");
    public static final Property basisField = prop("basisField");

    // --- sanctions -------------------------------------------------------------------------
    public static final Property prescribedBy = prop("prescribedBy");
    public static final Property prescribes = prop("prescribes");
    public static final Property sanctionType = prop("sanctionType");
    public static final Property minFineYuan = prop("minFineYuan");
    public static final Property maxFineYuan = prop("maxFineYuan");
    public static final Property minMultiple = prop("minMultiple");
    public static final Property maxMultiple = prop("maxMultiple");
    public static final Property minDuration = prop("minDuration");
    public static final Property maxDuration = prop("maxDuration");
    public static final Property imposingAuthority = prop("imposingAuthority");
    public static final Property fallsOn = prop("fallsOn");
    public static final Property serious = prop("serious");
    public static final Property condition = prop("condition");

    // --- steps, findings, provenance -------------------------------------------------------
    public static final Property order = prop("order");
    public static final Property findingKind = prop("findingKind");
    public static final Property severity = prop("severity");
    public static final Property message = prop("message");
    public static final Property concerns = prop("concerns");
    public static final Property rawValue = prop("rawValue");
    public static final Property sourceLine = prop("sourceLine");
    public static final Property sourceColumn = prop("sourceColumn");

    // Editions (store/README.md)
    public static final Resource ListEdition = cls("ListEdition");
    public static final Property editionOf = prop("editionOf");
    public static final Property currentEdition = prop("currentEdition");
    public static final Property editionNumber = prop("editionNumber");
    public static final Property editionFile = prop("editionFile");
    public static final Property sha256 = prop("sha256");
}
