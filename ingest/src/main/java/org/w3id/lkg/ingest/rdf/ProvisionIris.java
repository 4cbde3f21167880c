package org.w3id.lkg.ingest.rdf;

import org.w3id.lkg.ingest.analysis.CitedProvision;
import org.w3id.lkg.ingest.citation.ProvisionNumber;
import org.w3id.lkg.ontology.IriScheme;

/** Mints the IRI of a cited provision: the document's for the whole document, else its article, paragraph or point. */
final class ProvisionIris {
    private final IriScheme iris;

    ProvisionIris(IriScheme iris) { this.iris = iris; }

    String of(CitedProvision p) {
        String doc = p.documentKey();
        ProvisionNumber n = p.number();
        if (n.isDocument()) return iris.document(doc);
        // an entry of the document's annexed catalogue (第75项): a point of the document itself
        if (n.isEntry()) return iris.document(doc) + "/point/" + n.point();
        if (n.point() > 0) return iris.point(doc, n.article(), n.paragraph(), n.point());
        return n.paragraph() > 0 ? iris.paragraph(doc, n.article(), n.paragraph()) : iris.article(doc, n.article());
    }
}
