package org.w3id.lkg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Resolution against the hand-written graph graphs/lawyer-penalties.trig, cases from references/resolve-cases.tsv. */
class ProvisionResolverTest {
    private static final String BASE = "https://w3id.org/lkg/id/";
    private static final SparqlSource SOURCE = SparqlSource.of(Fixtures.graph("lawyer-penalties"));
    private static final ProvisionResolver RESOLVER = new ProvisionResolver(SOURCE);

    static Stream<Arguments> cases() {
        return Fixtures.table("references/resolve-cases.tsv", 4).stream()
                .map(c -> Arguments.of(c[0], c[1], c[2], Boolean.parseBoolean(c[3])));
    }

    @ParameterizedTest(name = "''{0}'' → {1} {2}")
    @MethodSource("cases")
    void resolves(String input, String kind, String expected, boolean exact) {
        Resolution r = RESOLVER.resolve(input);
        if (kind.equals("not-found")) {
            assertFalse(r.resolved(), r.toString());
            assertFalse(r.message().isBlank());
            assertFalse(r.candidates().isEmpty(), "offers candidates: " + r);
            if (!expected.isEmpty()) assertEquals(expected, r.candidates().get(0).label(), r.toString());
            return;
        }
        assertTrue(r.resolved(), r.toString());
        assertEquals(BASE + expected, r.iri());
        assertEquals(Resolution.Kind.valueOf(kind), r.kind());
        assertEquals(exact, r.exact(), r.toString());
    }

    @Test
    void labelsComeFromTheGraph() {
        assertEquals("中华人民共和国律师法第四十九条", RESOLVER.resolve("律师法 49").label());
        assertEquals("中华人民共和国律师法", RESOLVER.resolveDocument("律师法").label());
    }

    @Test
    void unitsAndConceptsResolveByLabelKeyOrSuffix() {
        TermResolver terms = new TermResolver(SOURCE);
        assertEquals(BASE + "org/伊宁市司法局/unit/公律科", terms.unit("公律科").iri());
        assertEquals(BASE + "org/伊宁市司法局/unit/社区矫正科", terms.unit("矫正科").iri());
        assertFalse(terms.unit("财务科").resolved());
        assertEquals("https://w3id.org/lkg/scheme/party/lawyer", terms.concept("party", "律师").iri());
        assertEquals("https://w3id.org/lkg/scheme/party/law-firm", terms.concept("party", "law-firm").iri());
        assertEquals("https://w3id.org/lkg/scheme/sanction-type/fine", terms.concept("sanction-type", "罚款").iri());
        assertFalse(terms.concept("party", "外星人").resolved());
    }
}
