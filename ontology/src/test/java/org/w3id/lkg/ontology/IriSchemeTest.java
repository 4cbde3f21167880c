package org.w3id.lkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IRIs MODEL.md promises, minted by IriScheme. */
class IriSchemeTest {
    private static final IriScheme IRIS = IriScheme.standard();
    private static final String ID = "https://w3id.org/lkg/id/";

    @Test
    void documentAndVersion() {
        assertEquals(ID + "doc/lawyers-law", IRIS.document("lawyers-law"));
        assertEquals(ID + "doc/lawyers-law/version/2017-09-01", IRIS.version("lawyers-law", "2017-09-01"));
    }

    @Test
    void articleParagraphPoint() {
        assertEquals(ID + "doc/lawyers-law/art/49", IRIS.article("lawyers-law", 49));
        assertEquals(ID + "doc/lawyers-law/art/49/para/1", IRIS.paragraph("lawyers-law", 49, 1));
        assertEquals(ID + "doc/lawyers-law/art/49/para/1/point/3", IRIS.point("lawyers-law", 49, 1, 3));
        assertEquals(ID + "doc/lawyers-law/art/49/point/3", IRIS.point("lawyers-law", 49, 0, 3), "no 款: point under the article");
    }

    @Test
    void listItemAndWhatHangsOffIt() {
        String item = IRIS.item("000_9601f697a03374a4", 1, 2);
        assertEquals(ID + "list/000_9601f697a03374a4/item/1-2", item);
        assertEquals(item + "/citation/3", IRIS.citation(item, 3));
        assertEquals(item + "/step/1", IRIS.step(item, 1));
        assertEquals(ID + "list/000_9601f697a03374a4/section/4", IRIS.section("000_9601f697a03374a4", 4));
        assertEquals(ID + "list/000_9601f697a03374a4/finding/7", IRIS.finding("000_9601f697a03374a4", 7));
    }

    @Test
    void sanctionIsNamedByTypeAndSeriousness() {
        String art = IRIS.article("lawyers-law", 49);
        assertEquals(art + "/sanction/fine", IRIS.sanction(art, "fine", false));
        assertEquals(art + "/sanction/suspension-of-practice-serious", IRIS.sanction(art, "suspension-of-practice", true));
        assertEquals(art + "/sanction/fine-law-firm-head", IRIS.sanction(art, "fine-law-firm-head"));
    }

    @Test
    void organisationKeepsChinese() {
        String org = IRIS.organization("伊宁市司法局");
        assertEquals(ID + "org/伊宁市司法局", org);
        assertEquals(ID + "org/伊宁市司法局/unit/矫正科", IRIS.unit(org, "矫正科"));
    }

    @Test
    void unsafeCharactersAreReplaced() {
        assertEquals(ID + "org/a_b_c_d_e", IRIS.organization(" a/b c#d?e "));
        assertEquals(ID + "org/司法局_矫正科", IRIS.organization("司法局\u3000矫正科"), "full-width space");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"伊宁市司法局", "a/b c#d", "x<y>\"z\"{|}\\^`[]%", "（社区矫正）科", "tab\there"})
    void mintedIrisAreValid(String name) {
        assertFalse(IRIx.create(IRIS.organization(name)).hasViolations(), IRIS.organization(name));
    }

    @Test
    void otherBaseGetsOneSlash() {
        assertEquals("https://example.org/lkg/doc/x", IriScheme.under("https://example.org/lkg").document("x"));
        assertEquals("https://example.org/lkg/doc/x", IriScheme.under("https://example.org/lkg/").document("x"));
        assertEquals(ID + "graph/ontology", IRIS.ontologyGraph());
        assertEquals(ID + "graph/000_9601f697a03374a4", IRIS.listGraph("000_9601f697a03374a4"));
    }

    @Test
    void conceptsLiveUnderTheSchemeNamespace() {
        assertEquals("https://w3id.org/lkg/scheme/power-type/administrative-penalty",
                IriScheme.concept("power-type", "administrative-penalty"));
        assertEquals("https://w3id.org/lkg/scheme/power-type", IriScheme.scheme("power-type"));
    }
}
