package org.w3id.lkg.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.lkg.sparql.SparqlSource;

/**
 * The engine over the hand-written graph of sparql's tests (lawyer-penalties.trig, written from ontology/MODEL.md):
 * the dictionary is per instance and read again on reload, names are matched longest first, the question is
 * normalised, and bad questions are refused.
 */
class QuestionEngineTest {
    static final String FIXTURE = "../sparql/src/test/resources/graphs/lawyer-penalties.trig";
    static final String ART_49 = "https://w3id.org/lkg/id/doc/lawyers-law/art/49";

    static DatasetGraph fixture() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(d, FIXTURE);
        return d;
    }

    final QuestionEngine engine = QuestionEngine.builder().source(SparqlSource.of(fixture())).build();

    @Test
    void findsAnArticleAsResolveDoes() {
        for (String q : List.of("哪些事项依据律师法第四十九条？", "哪些事项依据律师法四十九条", "哪些事项依据律师法49条",
                "哪些事項依據律師法第四十九條？", "哪些事项依据《中华人民共和国律师法》第49条", "哪些事项依据律师法 49")) {
            Answer a = engine.ask(q);
            assertEquals("items-by-article", a.query(), q);
            assertEquals(ART_49, a.params().get("article"), q);
            assertEquals(Mention.class, a.understood().get(0).getClass());
            assertEquals(EntityKind.ARTICLE, a.understood().get(0).kind(), q);
        }
    }

    @Test
    void theLongestNameWins() {
        GraphDictionary d = engine.dictionary();
        List<Mention> m = d.scan("律师事务所管理办法和律师事务所");
        assertEquals(2, m.size(), m.toString());
        assertEquals(EntityKind.STATUTE, m.get(0).kind());
        assertEquals("律师事务所管理办法", m.get(0).text());
        assertEquals(EntityKind.PARTY, m.get(1).kind());
    }

    @Test
    void twoEnginesOverTwoGraphsShareNoNames() {
        QuestionEngine empty = QuestionEngine.builder().source(SparqlSource.of(DatasetGraphFactory.createTxnMem())).build();
        // the empty graph's engine still knows the concept labels the ontology ships (律师), but no statute
        assertTrue(empty.dictionary().scan("律师法").stream().noneMatch(m -> m.kind() == EntityKind.STATUTE));
        assertEquals(EntityKind.STATUTE, engine.dictionary().scan("律师法").get(0).kind());
        assertNull(empty.ask("哪些事项依据律师法？").query());
    }

    @Test
    void aReloadKnowsTheNewNames() {
        DatasetGraph d = fixture();
        QuestionEngine e = QuestionEngine.builder().source(SparqlSource.of(d)).build();
        assertTrue(e.dictionary().scan("新设科").isEmpty());
        Txn.executeWrite(d, () -> {
            var g = GraphFactory.createDefaultGraph();
            var unit = NodeFactory.createURI("https://w3id.org/lkg/id/org/伊宁市司法局/unit/新设科");
            g.add(unit, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NodeFactory.createURI("http://www.w3.org/ns/org#OrganizationalUnit"));
            g.add(unit, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"), NodeFactory.createLiteralLang("新设科", "zh"));
            d.addGraph(NodeFactory.createURI("https://w3id.org/lkg/id/graph/new"), g);
        });
        assertTrue(e.dictionary().scan("新设科").isEmpty(), "the dictionary is read once, not per question");
        e.reload();
        assertEquals(EntityKind.UNIT, e.dictionary().scan("新设科负责哪些事项").get(0).kind());
        assertEquals("items-by-unit", e.ask("新设科负责哪些事项").query());
    }

    @Test
    void emptyAndOverLongQuestionsAreRefusedAsBadInput() {
        assertThrows(QuestionException.class, () -> engine.ask(""));
        assertThrows(QuestionException.class, () -> engine.ask(" \n "));
        assertThrows(QuestionException.class, () -> engine.ask(null));
        assertThrows(QuestionException.class, () -> engine.ask("问".repeat(10_000)));
    }

    @Test
    void aQuestionNoIntentFitsRunsNothingAndSuggests() {
        Answer a = engine.ask("SELECT * WHERE { ?s ?p ?o }");
        assertNull(a.query());
        assertNull(a.sparql());
        assertTrue(a.rows().isEmpty());
        assertEquals(3, a.suggestions().size());
    }

    @Test
    void suggestionsUseWhatTheQuestionNamed() {
        Answer a = engine.ask("律师法怎么样了呢？好不好");
        if (a.answered()) return;   // answered by some intent is fine too; the point is the suggestion when it is not
        assertTrue(a.suggestions().stream().anyMatch(s -> s.contains("律师法")), a.suggestions().toString());
    }

    @Test
    void anArticleTheGraphLacksIsRefusedWithTheNearestArticles() {
        Answer a = engine.ask("哪些事项依据律师法第一百条");
        assertNull(a.query());
        assertEquals("无法回答：图中没有律师法第一百条", a.answer());
        assertFalse(a.suggestions().isEmpty());
    }

    @Test
    void amountsBindTheFineBounds() {
        Answer a = engine.ask("哪些事项可以罚款超过五千元");
        assertEquals("items-by-fine", a.query());
        assertEquals(new java.math.BigDecimal("5000"), a.params().get("moreThan"));
        assertEquals("共 3 项事项可以罚款超过 5000 元", a.answer());
    }
}
