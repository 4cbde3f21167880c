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
     * Writes {@code rows} into {@code out}; false, with {@code out} left as it was, at a term this writer does not handle
     * (the rows are then partly consumed: reset and hand them to Jena's writer).
     */
    static boolean write(ByteArrayOutputStream out, RowSet rows) {
        List<Var> vars = rows.getResultVars();
        StringBuilder b = new StringBuilder(4096).append("{ \"head\": { \"vars\": [");
        for (int i = 0; i < vars.size(); i++) PlainJson.string(b.append(i == 0 ? " " : ", "), vars.get(i).getVarName());
        b.append(" ] },\n  \"results\": { \"bindings\": [");
        boolean firstRow = true;
        while (rows.hasNext()) {
            Binding row = rows.next();
            b.append(firstRow ? "\n    {" : ",\n    {");
            firstRow = false;
            boolean first = true;
            for (Var v : vars) {
                Node n = row.get(v);
                if (n == null) continue;
                PlainJson.string(b.append(first ? " " : ", "), v.getVarName()).append(": ");
                first = false;
                if (!term(b, n)) return false;
            }
            b.append(" }");
        }
        b.append(firstRow ? "] } }\n" : "\n  ] } }\n");
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static boolean term(StringBuilder b, Node n) {
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
        } else {
            return false;   // a triple term (RDF-star) or a variable
        }
        return true;
    }
}
