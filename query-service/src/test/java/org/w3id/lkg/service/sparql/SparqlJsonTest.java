package org.w3id.lkg.service.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The one-pass SPARQL JSON writer gives the document Jena's writer gives, term for term: IRIs, plain, typed and
 * language-tagged literals, strings that need escaping, unbound variables and no rows at all; blank nodes as blank
 * nodes; triple terms (RDF-star) as Jena writes them, since the rows are written as they come and never held.
 */
class SparqlJsonTest {
    private static final Var S = Var.alloc("s"), O = Var.alloc("o"), N = Var.alloc("n");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesTheDocumentJenaWritesForEveryKindOfTerm() {
        List<Binding> rows = List.of(
                BindingFactory.binding(S, iri("https://w3id.org/lkg/id/doc/lawyers-law/art/49"),
                        O, NodeFactory.createLiteralLang("律师法第四十九条", "zh"), N, typed("49", XSDDatatype.XSDinteger)),
                BindingFactory.binding(S, iri("https://w3id.org/lkg/id/item/a?b=1&c=\"2\""),
                        O, NodeFactory.createLiteralString("quote \" backslash \\ tab \t newline \n cr \r bell \u0007 ls \u2028 end")),
                BindingFactory.binding(O, typed("10000.5", XSDDatatype.XSDdecimal), N, typed("true", XSDDatatype.XSDboolean)),
                BindingFactory.binding(S, iri("urn:x"), O, NodeFactory.createLiteralDT("2020-01-01", XSDDatatype.XSDdate)),
                BindingFactory.binding(N, NodeFactory.createLiteralLang("law", "en-GB")));
        assertEquals(jena(rows), ours(rows));
    }

    @Test
    void writesNoRowsAsJenaDoes() {
        assertEquals(jena(List.of()), ours(List.of()));
    }

    @Test
    void writesBlankNodesAsBlankNodes() {
        Node b = NodeFactory.createBlankNode();
        List<Binding> rows = List.of(BindingFactory.binding(S, b, O, b), BindingFactory.binding(S, NodeFactory.createBlankNode()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, SparqlJson.write(out, rowSet(rows)));
        ResultSet read = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON);
        assertTrue(ResultSetCompare.equalsByTerm(ResultSet.adapt(rowSet(rows)), read));
    }

    @Test
    void writesATripleTermAsJenaDoes() {
        Node triple = NodeFactory.createTripleTerm(iri("urn:s"), iri("urn:p"), NodeFactory.createLiteralLang("条", "zh"));
        Node nested = NodeFactory.createTripleTerm(triple, iri("urn:q"), iri("urn:o"));
        List<Binding> rows = List.of(BindingFactory.binding(S, iri("urn:a")), BindingFactory.binding(S, triple, O, nested));
        assertEquals(jena(rows), ours(rows));
    }

    @Test
    void saysHowManyRowsItWrote() {
        List<Binding> rows = List.of(BindingFactory.binding(S, iri("urn:a")), BindingFactory.binding(S, iri("urn:b")), BindingFactory.binding(O, iri("urn:c")));
        assertEquals(3, SparqlJson.write(new ByteArrayOutputStream(), rowSet(rows)));
        assertEquals(0, SparqlJson.write(new ByteArrayOutputStream(), rowSet(List.of())));
    }

    private static JsonNode ours(List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(rows.size(), SparqlJson.write(out, rowSet(rows)));
        return JSON.readTree(out.toByteArray());
    }

    private static JsonNode jena(List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rowSet(rows));
        return JSON.readTree(out.toByteArray());
    }

    private static RowSet rowSet(List<Binding> rows) { return RowSetStream.create(List.of(S, O, N), rows.iterator()); }

    private static Node iri(String s) { return NodeFactory.createURI(s); }

    private static Node typed(String lex, XSDDatatype dt) { return NodeFactory.createLiteralDT(lex, dt); }
}
