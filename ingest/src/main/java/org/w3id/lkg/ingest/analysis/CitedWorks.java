package org.w3id.lkg.ingest.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.lkg.ingest.citation.ProvisionNumber;
import org.w3id.lkg.ingest.citation.RegisteredDocument;
import org.w3id.lkg.ingest.table.SourcePosition;

/**
 * What a list cites, gathered by the analysis while items stream past and handed on once at the end, so that each
 * document, version and provision is described once however many items cite it: documents, versions, provisions
 * (with the articles and paragraphs that contain them), the wording quoted for each, which provision's wording
 * refers to which, and the sanctions read from that wording. Memory grows with distinct provisions, not rows.
 */
public final class CitedWorks {
    /** A provision whose quoted wording refers to another provision. */
    public record Reference(CitedProvision from, CitedProvision to) {}

    private final Map<String, CitedDocument> documents = new LinkedHashMap<>();
    private final Map<String, CitedVersion> versions = new LinkedHashMap<>();
    private final Set<CitedProvision> provisions = new LinkedHashSet<>();
    private final Map<CitedProvision, String> wording = new LinkedHashMap<>();
    private final Map<CitedProvision, Map<String, SourcePosition>> quotations = new LinkedHashMap<>();
    private final Set<Reference> references = new LinkedHashSet<>();
    private final List<PrescribedSanctions> sanctions = new ArrayList<>();

    CitedDocument document(RegisteredDocument d) { return document(d.key(), d.canonicalTitle(), d, d.rankIri()); }

    CitedDocument document(String key, String title, RegisteredDocument registered, String rankIri) {
        return documents.computeIfAbsent(key, k -> new CitedDocument(k, title, registered, rankIri));
    }

    /** Registers the provision and the article and paragraph that contain it; the document itself for article 0. */
    CitedProvision provision(String docKey, ProvisionNumber n) {
        CitedProvision p = new CitedProvision(docKey, n);
        if (n.isDocument()) return p;
        if (n.isEntry()) {   // an entry of an annexed catalogue hangs under the document: no article above it
            provisions.add(p);
            return p;
        }
        provisions.add(new CitedProvision(docKey, ProvisionNumber.article(n.article())));
        if (n.paragraph() > 0) provisions.add(new CitedProvision(docKey, new ProvisionNumber(n.article(), n.paragraph(), 0)));
        if (n.point() > 0) provisions.add(p);
        return p;
    }

    CitedVersion version(String docKey, LocalDate date, String event) {
        return versions.computeIfAbsent(docKey + "|" + date, k -> new CitedVersion(docKey, date, event));
    }

    /**
     * Records a wording quoted for a provision. The longest is its text (lists abbreviate, and the fuller text is the
     * better record); every distinct one is kept, with where it was first quoted, for reading sanctions from.
     */
    void wording(CitedProvision provision, String text, SourcePosition at) {
        if (text == null || text.isBlank()) return;
        quotations.computeIfAbsent(provision, k -> new LinkedHashMap<>()).putIfAbsent(text, at);
        wording.merge(provision, text, (a, b) -> b.length() > a.length() ? b : a);
    }

    void reference(CitedProvision from, CitedProvision to) { references.add(new Reference(from, to)); }

    void sanctions(PrescribedSanctions s) { sanctions.add(s); }

    public Collection<CitedDocument> documents() { return Collections.unmodifiableCollection(documents.values()); }

    public Collection<CitedVersion> versions() { return Collections.unmodifiableCollection(versions.values()); }

    /** Every cited article, paragraph and point, containers included, in the order first met. */
    public Set<CitedProvision> provisions() { return Collections.unmodifiableSet(provisions); }

    /** The longest wording quoted for each provision. */
    public Map<CitedProvision, String> wordings() { return Collections.unmodifiableMap(wording); }

    /** Every distinct wording quoted for a provision, in the order first quoted, with where. */
    public Map<String, SourcePosition> quotations(CitedProvision p) {
        return Collections.unmodifiableMap(quotations.getOrDefault(p, Map.of()));
    }

    public Set<Reference> references() { return Collections.unmodifiableSet(references); }

    /** The sanctions read from the quoted wording, one entry per provision that prescribes any. */
    public List<PrescribedSanctions> sanctions() { return Collections.unmodifiableList(sanctions); }

    public CitedDocument documentOf(String key) { return documents.get(key); }

    /** A provision's label, e.g. 中华人民共和国律师法第四十九条. */
    public String label(CitedProvision p) {
        CitedDocument d = documents.get(p.documentKey());
        return (d == null ? p.documentKey() : d.displayTitle()) + p.number().label();
    }
}
