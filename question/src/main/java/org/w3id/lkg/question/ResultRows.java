package org.w3id.lkg.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;

/** Result rows as plain values keyed by variable: numbers as numbers, booleans as booleans, the rest as text. */
final class ResultRows {
    private ResultRows() {}

    static List<Map<String, Object>> of(RowSetRewindable rows) {
        List<Var> vars = rows.getResultVars();
        List<Map<String, Object>> out = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            Map<String, Object> row = new LinkedHashMap<>();
            for (Var v : vars) {
                Node n = b.get(v);
                if (n != null) row.put(v.getVarName(), value(n));
            }
            out.add(row);
        }
        return out;
    }

    static Object value(Node n) {
        if (n.isURI()) return n.getURI();
        if (!n.isLiteral()) return n.toString();
        String lex = n.getLiteralLexicalForm();
        var dt = n.getLiteralDatatype();
        try {
            if (dt == XSDDatatype.XSDboolean) return Boolean.parseBoolean(lex);
            if (dt == XSDDatatype.XSDinteger || dt == XSDDatatype.XSDint || dt == XSDDatatype.XSDlong) return Long.parseLong(lex);
            if (dt == XSDDatatype.XSDdecimal || dt == XSDDatatype.XSDdouble) return new BigDecimal(lex);
        } catch (NumberFormatException e) {
            return lex;   // an ill-typed literal is shown as written
        }
        return lex;
    }
}
