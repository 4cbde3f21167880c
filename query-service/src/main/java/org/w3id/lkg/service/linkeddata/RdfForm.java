package org.w3id.lkg.service.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.w3id.lkg.service.system.ApiException;

/**
 * The forms a resource is served in, each with its media type and suffix ({@code /id/…/art/49.ttl}). The order is the
 * preference when a client accepts several equally: HTML first for browsers, Turtle first for RDF tools.
 */
public enum RdfForm {
    HTML("HTML", "html", MediaType.TEXT_HTML, null),
    TURTLE("Turtle", "ttl", MediaType.parseMediaType("text/turtle"), Lang.TURTLE),
    JSONLD("JSON-LD", "jsonld", MediaType.parseMediaType("application/ld+json"), Lang.JSONLD),
    RDFXML("RDF/XML", "rdf", MediaType.parseMediaType("application/rdf+xml"), Lang.RDFXML),
    NTRIPLES("N-Triples", "nt", MediaType.parseMediaType("application/n-triples"), Lang.NTRIPLES),
    TRIG("TriG", "trig", MediaType.parseMediaType("application/trig"), Lang.TRIG);

    private final String label;
    private final String suffix;
    private final MediaType type;
    private final Lang lang;

    RdfForm(String label, String suffix, MediaType type, Lang lang) {
        this.label = label;
        this.suffix = suffix;
        this.type = type;
        this.lang = lang;
    }

    public String suffix() { return suffix; }

    /** The form's usual name: Turtle, JSON-LD, RDF/XML … */
    public String label() { return label; }

    public MediaType type() { return type; }

    /** The media type with its charset, as the Content-Type says it. */
    public MediaType contentType() { return new MediaType(type, StandardCharsets.UTF_8); }

    /** Jena's language for it; null for HTML. */
    public Lang lang() { return lang; }

    /** The form a path's suffix names ({@code art/49.ttl} → Turtle). */
    public static Optional<RdfForm> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    /**
     * The best of {@code offered} for an Accept header (q-values honoured; a missing or {@code *}/{@code *} Accept gets
     * the first offered), or a 406 that lists what is offered.
     */
    public static RdfForm negotiate(String accept, List<RdfForm> offered) {
        if (accept == null || accept.isBlank()) return offered.get(0);
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "cannot read the Accept header: " + e.getMessage());
        }
        RdfForm best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (RdfForm f : offered) {
            for (MediaType m : accepted) {
                if (!m.includes(f.type) && !alias(m, f)) continue;
                double q = m.getQualityValue();
                int specificity = m.isWildcardType() ? 0 : m.isWildcardSubtype() ? 1 : 2;
                if (q > bestQ || (q == bestQ && specificity > bestSpecificity)) {
                    best = f;
                    bestQ = q;
                    bestSpecificity = specificity;
                }
            }
        }
        if (best == null) throw notAcceptable(accept, offered);
        return best;
    }

    // Older names RDF tools still send.
    private static boolean alias(MediaType m, RdfForm f) {
        String t = m.getType() + "/" + m.getSubtype();
        return switch (f) {
            case TURTLE -> t.equals("application/x-turtle");
            case NTRIPLES -> t.equals("text/plain");
            case JSONLD -> t.equals("application/json");
            case HTML -> t.equals("application/xhtml+xml");
            default -> false;
        };
    }

    /** 406 naming the media types and suffixes on offer. */
    public static ApiException notAcceptable(String accept, List<RdfForm> offered) {
        String list = offered.stream().sorted(Comparator.naturalOrder())
                .map(f -> f.type + " (." + f.suffix + ")").collect(Collectors.joining(", "));
        return new ApiException(HttpStatus.NOT_ACCEPTABLE, "cannot answer in " + accept + "; offered: " + list,
                java.util.Map.of("offered", offered.stream().map(f -> f.type.toString()).toList()), null);
    }
}
