package org.w3id.lkg.ingest.analysis;

import org.w3id.lkg.ingest.citation.ProvisionNumber;

/** A provision of a cited document (article, paragraph or point), or the whole document when the number is DOCUMENT. */
public record CitedProvision(String documentKey, ProvisionNumber number) {
    public boolean isDocument() { return number.isDocument(); }

    /** The article, paragraph or point that contains this one; the document for an article. */
    public CitedProvision parent() {
        ProvisionNumber n = number;
        if (n.point() > 0) return new CitedProvision(documentKey, new ProvisionNumber(n.article(), n.paragraph(), 0));
        if (n.paragraph() > 0) return new CitedProvision(documentKey, ProvisionNumber.article(n.article()));
        return new CitedProvision(documentKey, ProvisionNumber.DOCUMENT);
    }
}
