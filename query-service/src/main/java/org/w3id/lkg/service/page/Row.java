package org.w3id.lkg.service.page;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** One result row as the pages read it: a variable's text (a literal's lexical form, an IRI), or null when unbound. */
record Row(Binding binding) {
    static List<Row> of(List<Binding> rows) { return rows.stream().map(Row::new).collect(Collectors.toList()); }

    String get(String var) {
        Node n = binding.get(Var.alloc(var));
        if (n == null) return null;
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isURI()) return n.getURI();
        return n.toString();
    }

    /** The value, or {@code fallback} when unbound. */
    String get(String var, String fallback) {
        String v = get(var);
        return v == null ? fallback : v;
    }

    boolean is(String var) { return "true".equals(get(var)); }

    boolean has(String var) { return get(var) != null; }
}
