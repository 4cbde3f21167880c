package org.w3id.lkg.service.sparql;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes SELECT rows as SPARQL 1.1 Query Results JSON, in one pass into one buffer: the same document Jena's writer
 * makes for IRIs, blank nodes and literals (language-tagged, typed, xsd:string plain), at a fraction of its cost,
 * which was over half of a small query's CPU (issue 14). Rows holding an RDF-star triple term are not handled here
 * and go to Jena's writer.
 */
final class SparqlJson {
    private static final String LANG_STRING = RDF.langString.getURI();

    private SparqlJson() {}

    /**
     * Writes {@code rows} into {@code out} as they come, in one pass (the rows are never held), and says how many
     * there were.
     */
    static long write(ByteArrayOutputStream out, RowSet rows) {
        List<Var> vars = rows.getResultVars();
        StringBuilder b = new StringBuilder(4096).append("{ \"head\": { \"vars\": [");
        for (int i = 0; i < vars.size(); i++) PlainJson.string(b.append(i == 0 ? " " : ", "), vars.get(i).getVarName());
        b.append(" ] },\n  \"results\": { \"bindings\": [");
        long count = 0;
        while (rows.hasNext()) {
            Binding row = rows.next();
            b.append(count == 0 ? "\n    {" : ",\n    {");
            count++;
            boolean first = true;
            for (Var v : vars) {
                Node n = row.get(v);
                if (n == null) continue;
                PlainJson.string(b.append(first ? " " : ", "), v.getVarName()).append(": ");
                first = false;
                term(b, n);
            }
            b.append(" }");
            PlainJson.drain(b, out);
        }
        b.append(count == 0 ? "] } }\n" : "\n  ] } }\n");
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        return count;
    }

    private static void term(StringBuilder b, Node n) {
        if (n.isURI()) {
            PlainJson.string(b.append("{ \"type\": \"uri\", \"value\": "), n.getURI()).append(" }");
        } else if (n.isBlank()) {
            PlainJson.string(b.append("{ \"type\": \"bnode\", \"value\": "), n.getBlankNodeLabel()).append(" }");
        } else if (n.isLiteral()) {
            b.append("{ \"type\": \"literal\"");
            String lang = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            if (lang != null && !lang.isEmpty()) PlainJson.string(b.append(", \"xml:lang\": "), lang);
            else if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI()) && !dt.equals(LANG_STRING))
                PlainJson.string(b.append(", \"datatype\": "), dt);
            PlainJson.string(b.append(", \"value\": "), n.getLiteralLexicalForm()).append(" }");
        } else if (n.isTripleTerm()) {
            // RDF-star / RDF 1.2, as Jena writes it: the rows are not held, so there is nothing to hand to Jena's writer.
            b.append("{ \"type\": \"triple\", \"value\": { \"subject\": ");
            term(b, n.getTriple().getSubject());
            b.append(", \"predicate\": ");
            term(b, n.getTriple().getPredicate());
            b.append(", \"object\": ");
            term(b, n.getTriple().getObject());
            b.append(" } }");
        } else {
            throw new IllegalArgumentException("not an RDF term in a result row: " + n);
        }
    }
}
