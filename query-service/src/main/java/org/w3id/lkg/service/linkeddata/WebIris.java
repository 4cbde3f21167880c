package org.w3id.lkg.service.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.w3id.lkg.ontology.Lkg;

/**
 * Where each IRI of the graph answers on this service, and back: {@code https://w3id.org/lkg/id/doc/lawyers-law} ↔
 * {@code /id/doc/lawyers-law}, the ontology ↔ {@code /ontology}, a scheme or concept ↔ {@code /scheme/…}. Links are
 * made from the configured public base ({@code lkg.public-base}), never from the request.
 */
@Component
public class WebIris {
    /** The ontology's IRI (the owl:Ontology), whose terms are {@code …/ontology#Term}. */
    public static final String ONTOLOGY = Lkg.NS.substring(0, Lkg.NS.length() - 1);

    private final PublishingProperties properties;
    private final Environment environment;

    WebIris(PublishingProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** The base of the data IRIs, ending in a slash. */
    public String dataBase() { return properties.dataBase(); }

    /** The IRI a local path stands for ({@code /id/…}, {@code /ontology}, {@code /scheme/…}), if it stands for one. */
    public Optional<String> iriOf(String path) {
        if (path.startsWith("/id/") && path.length() > 4) return Optional.of(dataBase() + path.substring(4));
        if (path.equals("/ontology")) return Optional.of(ONTOLOGY);
        if (path.startsWith("/scheme/") && path.length() > 8) return Optional.of(Lkg.SCHEME_NS + path.substring(8));
        return Optional.empty();
    }

    /** The local path where {@code iri} answers, if this service answers for it (an ontology term: {@code /ontology}). */
    public Optional<String> pathOf(String iri) {
        if (iri.startsWith(dataBase())) return Optional.of("/id/" + iri.substring(dataBase().length()));
        if (iri.equals(ONTOLOGY) || iri.startsWith(Lkg.NS)) return Optional.of("/ontology");
        if (iri.startsWith(Lkg.SCHEME_NS)) return Optional.of("/scheme/" + iri.substring(Lkg.SCHEME_NS.length()));
        return Optional.empty();
    }

    /**
     * A link to a local path as pages write it: under the public base when one is configured, else root-relative
     * (right on whatever host the browser used, since it never leaves the browser). Chinese in the path is
     * percent-encoded.
     */
    public String href(String path) {
        String p = encodePath(path);
        return properties.publicBase() == null ? p : properties.publicBase() + p;
    }

    /** A link to the page of {@code iri}: its local page when this service answers for it, else the IRI itself. */
    public String hrefOf(String iri) {
        return pathOf(iri).map(p -> iri.startsWith(Lkg.NS) ? href(p) + "#" + iri.substring(Lkg.NS.length()) : href(p))
                .orElse(iri);
    }

    /** An absolute URL for a local path (VoID, Link headers): the public base, or {@code http://localhost:<port>}. */
    public String absolute(String path) {
        String base = properties.publicBase();
        if (base == null) {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            base = "http://localhost:" + port;
        }
        return base + encodePath(path);
    }

    /** A query-string value, percent-encoded. */
    public static String param(String value) { return URLEncoder.encode(value, StandardCharsets.UTF_8); }

    // Percent-encodes what a path may not hold raw (Chinese, spaces), keeping / ? = & # and what is already encoded.
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
                    && c != '{' && c != '|' && c != '}') out.append((char) c);
            else out.append('%').append(String.format("%02X", c));
        }
        return out.toString();
    }
}
