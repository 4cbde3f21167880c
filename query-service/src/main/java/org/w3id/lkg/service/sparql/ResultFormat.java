package org.w3id.lkg.service.sparql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.w3id.lkg.service.system.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The formats answers come in, each with its media type and the {@code ?format=} names that pick it. Tables
 * (SELECT, ASK) come as SPARQL JSON, SPARQL XML, CSV, TSV or, for canned queries, plain JSON ({@code [{var: value}]});
 * graphs (CONSTRUCT, DESCRIBE) as Turtle, N-Triples, JSON-LD or RDF/XML.
 */
public enum ResultFormat {
    SPARQL_JSON("application/sparql-results+json", ResultSetLang.RS_JSON, "srj", "sparql-json", "sparql-results+json"),
    SPARQL_XML("application/sparql-results+xml", ResultSetLang.RS_XML, "srx", "sparql-xml", "xml"),
    CSV("text/csv", ResultSetLang.RS_CSV, "csv"),
    TSV("text/tab-separated-values", ResultSetLang.RS_TSV, "tsv"),
    PLAIN_JSON("application/json", null, "json", "plain"),
    TURTLE("text/turtle", Lang.TURTLE, "ttl", "turtle"),
    NTRIPLES("application/n-triples", Lang.NTRIPLES, "nt", "ntriples", "n-triples"),
    JSONLD("application/ld+json", Lang.JSONLD, "jsonld", "json-ld"),
    RDFXML("application/rdf+xml", Lang.RDFXML, "rdf", "rdfxml", "xml");

    /** Which formats a request may get. */
    public enum Use {
        /** {@code /sparql} SELECT/ASK: application/json means SPARQL JSON, as SPARQL clients expect. */
        SPARQL_TABLE(SPARQL_JSON, SPARQL_JSON, SPARQL_XML, CSV, TSV),
        /** Canned queries: application/json (the default) means plain rows; SPARQL JSON by its own type. */
        CANNED_TABLE(PLAIN_JSON, PLAIN_JSON, SPARQL_JSON, SPARQL_XML, CSV, TSV),
        /** CONSTRUCT and DESCRIBE. */
        GRAPH(TURTLE, TURTLE, NTRIPLES, JSONLD, RDFXML);

        private final ResultFormat fallback;
        private final List<ResultFormat> formats;

        Use(ResultFormat fallback, ResultFormat... formats) {
            this.fallback = fallback;
            this.formats = List.of(formats);
        }

        /** The format given by {@code format} (when set) or else by the Accept header; 406 when none fits. */
        public ResultFormat choose(String format, String accept) {
            if (format != null && !format.isBlank()) return byName(format.strip().toLowerCase(Locale.ROOT));
            if (accept == null || accept.isBlank()) return fallback;
            List<MediaType> wanted;
            try {
                wanted = new ArrayList<>(MediaType.parseMediaTypes(accept));
            } catch (InvalidMediaTypeException e) {
                throw ApiException.badRequest("bad Accept header: " + e.getMessage());
            }
            wanted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType m : wanted) {
                if (m.getQualityValue() <= 0) continue;
                if (m.isWildcardType()) return fallback;
                if (this == SPARQL_TABLE && m.isCompatibleWith(MediaType.APPLICATION_JSON) && !m.isWildcardSubtype()
                        && m.getSubtype().equals("json")) return SPARQL_JSON;
                for (ResultFormat f : formats) if (m.includes(f.mediaType())) return f;
                if (m.getSubtype().equals("xml")) for (ResultFormat f : formats) if (f.mediaType.getSubtype().endsWith("xml")) return f;
            }
            throw new ApiException(HttpStatus.NOT_ACCEPTABLE, "cannot answer in " + accept + "; available: "
                    + formats.stream().map(f -> f.mediaType().toString()).distinct().toList(), java.util.Map.of(), null);
        }

        private ResultFormat byName(String name) {
            if (this == SPARQL_TABLE && name.equals("json")) return SPARQL_JSON;
            for (ResultFormat f : formats) if (f.names.contains(name)) return f;
            throw ApiException.badRequest("unknown format '" + name + "'; available: "
                    + formats.stream().flatMap(f -> f.names.stream()).distinct().toList());
        }
    }

    private final MediaType mediaType;
    private final Lang lang;
    private final Set<String> names;

    ResultFormat(String mediaType, Lang lang, String... names) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.lang = lang;
        this.names = Set.of(names);
    }

    /** The media type, without parameters. */
    public MediaType mediaType() { return mediaType; }

    /** The media type sent in Content-Type: text types with charset UTF-8. */
    public MediaType contentType() {
        return mediaType.getType().equals("text") || this == PLAIN_JSON
                ? new MediaType(mediaType, StandardCharsets.UTF_8) : mediaType;
    }

    /** The Jena language that writes it; null for plain JSON. */
    Lang lang() { return lang; }
}
