package org.w3id.lkg.service.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** IRIs to local paths and back, and links made from the configured public base (a reverse proxy's, with a path). */
class WebIrisTest {
    static WebIris iris(String publicBase) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.of("local.server.port", "8080")));
        return new WebIris(new PublishingProperties(publicBase, "https://w3id.org/lkg/id/", null, 200, "x"), env);
    }

    @ParameterizedTest
    @CsvSource({
            "https://w3id.org/lkg/id/doc/lawyers-law/art/49, /id/doc/lawyers-law/art/49",
            "https://w3id.org/lkg/id/org/伊宁市司法局/unit/公律科, /id/org/伊宁市司法局/unit/公律科",
            "https://w3id.org/lkg/ontology, /ontology",
            "https://w3id.org/lkg/scheme/sanction-type/fine, /scheme/sanction-type/fine"})
    void pathsAndIrisAreOneMapping(String iri, String path) {
        WebIris w = iris(null);
        assertEquals(Optional.of(path), w.pathOf(iri));
        assertEquals(Optional.of(iri), w.iriOf(path));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "-, https://w3id.org/lkg/id/org/伊宁市司法局, /id/org/%E4%BC%8A%E5%AE%81%E5%B8%82%E5%8F%B8%E6%B3%95%E5%B1%80, http://localhost:8080/sparql",
            "https://example.org/lkg/, https://w3id.org/lkg/id/doc/lawyers-law, https://example.org/lkg/id/doc/lawyers-law, https://example.org/lkg/sparql",
            "-, https://w3id.org/lkg/ontology#PowerItem, /ontology#PowerItem, http://localhost:8080/sparql",
            "-, http://data.europa.eu/eli/ontology#cites, http://data.europa.eu/eli/ontology#cites, http://localhost:8080/sparql"})
    void linksFollowThePublicBase(String publicBase, String iri, String href, String sparql) {
        WebIris w = iris(publicBase);
        assertEquals(href, w.hrefOf(iri));
        assertEquals(sparql, w.absolute("/sparql"));
    }
}
