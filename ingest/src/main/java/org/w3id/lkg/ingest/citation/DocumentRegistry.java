package org.w3id.lkg.ingest.citation;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.lkg.ontology.Lkg;
import org.w3id.lkg.ontology.text.TitleKey;

/**
 * The curated registry of legal documents (registry.ttl, data not code): resolves the titles a list writes,
 * short, prefixed, bracket or typo variants alike, to one canonical document, and tells forms from law.
 */
public final class DocumentRegistry {
    private static final String RESOURCE = "/org/w3id/lkg/ingest/citation/registry.ttl";
    private static final Pattern LAW_LIKE = Pattern.compile(".*(法|条例|办法|规定|细则|规则|决定|意见|通知|解释|章程|准则|规范|纲要|（试行）|\\(试行\\))$");

    private static final Pattern KEY_UNSAFE = Pattern.compile("[/?#<>\"{}|\\\\^`%\\[\\]]");

    private final Model model;
    private final Map<String, RegisteredDocument> byTitle = new HashMap<>();
    private final Map<String, RegisteredDocument> byKey = new LinkedHashMap<>();
    private final Map<String, String> forms = new HashMap<>();

    private final CitationParser parser;

    private DocumentRegistry(Model model) {
        this.model = model;
        index();
        this.parser = new CitationParser(titlesAsWritten());
    }

    /** The registry shipped with ingest, read once per JVM (it is never changed). */
    public static DocumentRegistry standard() { return Standard.REGISTRY; }

    // Class initialisation reads it lazily and thread-safely.
    private static final class Standard {
        static final DocumentRegistry REGISTRY = read();
    }

    private static DocumentRegistry read() {
        try (InputStream in = DocumentRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("registry missing from the classpath: " + RESOURCE);
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return new DocumentRegistry(m);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The registry's triples (documents, versions), to copy the cited ones into a graph. */
    public Model model() { return model; }

    public RegisteredDocument byKey(String key) { return byKey.get(key); }

    /** The citation parser for this registry: it also knows the registered titles written without 《》. */
    public CitationParser parser() { return parser; }

    // Every canonical title and alias, as lists write them, with and without 中华人民共和国: the titles a list may
    // write bare (律师法第四十九条).
    private List<String> titlesAsWritten() {
        java.util.Set<String> titles = new java.util.LinkedHashSet<>();
        for (RegisteredDocument d : byKey.values()) {
            List<String> written = new java.util.ArrayList<>(d.aliases());
            written.add(0, d.canonicalTitle());
            for (String t : written) {
                String clean = t.strip();
                titles.add(clean);
                if (clean.startsWith("中华人民共和国")) titles.add(clean.substring("中华人民共和国".length()));
            }
        }
        return List.copyOf(titles);
    }

    public TitleResolution resolve(String titleAsWritten) {
        // One key rule for ingest and the query side, so a title resolves the same way in both.
        String n = TitleKey.of(titleAsWritten);
        RegisteredDocument d = byTitle.get(n);
        if (d != null) return new TitleResolution.Known(d);
        if (forms.containsKey(n)) return new TitleResolution.Form(titleAsWritten);
        String clean = titleAsWritten.strip();
        if (!LAW_LIKE.matcher(clean).matches()) return new TitleResolution.Form(clean);
        // the title key drops what strip() would; a key is one IRI path segment, so what a path may not hold becomes _
        return new TitleResolution.Unknown(clean, "t-" + KEY_UNSAFE.matcher(n).replaceAll("_"));
    }

    private void index() {
        model.listSubjectsWithProperty(RDF.type, Lkg.LegalDocument).forEachRemaining(r -> {
            RegisteredDocument d = read(r);
            byKey.put(d.key(), d);
            byTitle.put(TitleKey.of(d.canonicalTitle()), d);
            for (String a : d.aliases()) byTitle.putIfAbsent(TitleKey.of(a), d);
        });
        Resource formName = model.createResource(Lkg.NS + "FormName");
        model.listSubjectsWithProperty(RDF.type, formName).forEachRemaining(r -> {
            String label = r.getProperty(RDFS.label).getString();
            forms.put(TitleKey.of(label), label);
        });
    }

    private RegisteredDocument read(Resource r) {
        String key = r.getProperty(Lkg.key).getString();
        List<String> aliases = new ArrayList<>();
        r.listProperties(Lkg.alias).forEachRemaining(s -> aliases.add(s.getString()));
        Statement rank = r.getProperty(Lkg.rank);
        Statement sup = r.getProperty(Lkg.supersededBy);
        Map<LocalDate, String> versions = new TreeMap<>();
        model.listSubjectsWithProperty(Lkg.versionOf, r).forEachRemaining(v -> {
            Statement date = v.getProperty(Lkg.versionDate);
            Statement event = v.getProperty(Lkg.versionEvent);
            if (date != null) versions.put(LocalDate.parse(date.getString()), event == null ? "" : event.getString());
        });
        String supKey = null;
        if (sup != null) {
            RDFNode target = sup.getObject();
            Statement k = target.asResource().getProperty(Lkg.key);
            supKey = k != null ? k.getString() : target.asResource().getURI();
        }
        return new RegisteredDocument(key, r.getURI(), r.getProperty(Lkg.canonicalTitle).getString(), List.copyOf(aliases),
                rank == null ? null : rank.getResource().getURI(), Map.copyOf(versions), supKey);
    }
}
