package org.w3id.lkg.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.lkg.ingest.citation.CitationMention;
import org.w3id.lkg.ingest.citation.DocumentRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PartyRecognizerTest {
    private static PartyRecognizer recognizer;

    // Created once for all cases. How long HanLP takes to load is measured by bench/ingest, not here.
    @BeforeAll
    static void create() {
        recognizer = PartyRecognizer.create();
    }

    static Stream<String[]> items() {
        return Fixtures.tsv("item-parties.tsv").stream();
    }

    @Test
    void tableHasAllFiftyFourItems() {
        assertEquals(54, items().count());
    }

    @ParameterizedTest(name = "{1}-{2} {3}")
    @MethodSource("items")
    void recognizesThePartiesOfEachItemName(String line, String section, String number, String name, String parties) {
        List<String> expected = parties.equals("-") ? List.of() : Arrays.asList(parties.split(","));
        assertEquals(expected, recognizer.find(name).stream().map(Party::key).toList(), name);
    }

    @Test
    void lawFirmIsNotALawyer() {
        assertEquals(Set.of(Party.LAW_FIRM), recognizer.find("对律师事务所违法执业的处罚"));
        assertEquals(Set.of(), recognizer.find("违反《律师事务所管理办法》和律师法的规定"));
    }

    @Test
    void qualifierBeforeAPartyTermDoesNotCount() {
        List<PartyMention> m = recognizer.mentions("督促未成年社区矫正对象监护人履行监护责任");
        assertEquals(List.of(new PartyMention(Party.GUARDIAN, "监护人", "督促未成年社区矫正对象监护人".indexOf("监护人"))), m);
    }

    // Items 1 and 7 of the seed name no party; item 1's quoted article does (律师、基层法律服务工作者有下列情形之一的).
    // The wording is the citation parser's, one per cited article, as the analysis hands it over.
    @Test
    void namelessItemTakesTheSubjectOfItsBasis() throws IOException {
        List<String> seed = Files.readAllLines(Path.of("../seeds/000_9601f697a03374a4.txt"), StandardCharsets.UTF_8);
        String[] item1 = seed.get(5).split("\t");
        String[] item7 = seed.get(13).split("\t");
        assertEquals("对无正当理由拒绝接受、擅自终止法律援助案件、办理法律援助案件收取费用的处罚", item1[1]);
        assertEquals(List.of(Party.LAWYER, Party.GRASSROOTS_LEGAL_WORKER), List.copyOf(recognizer.ofItem(item1[1], wordings(item1[3]))));
        assertEquals(Set.of(), recognizer.ofItem(item7[1], wordings(item7[4])));
        assertEquals(Set.of(Party.LAWYER), recognizer.ofItem("对律师违法执业的处罚", wordings(item1[3])), "a name that names a party wins");
    }

    private static List<String> wordings(String basis) {
        return DocumentRegistry.standard().parser().parse(basis).stream().map(CitationMention::wording).toList();
    }
}
