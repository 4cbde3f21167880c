package org.w3id.lkg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.w3id.lkg.ontology.FindingKind;
import org.w3id.lkg.ontology.Lkg;

/**
 * Passes a list's triples on and notes the findings among them (kind, line, column, message), so that a
 * {@link FindingPolicy} judges exactly the findings that reach the graph, whichever stage reported them. A wrapper
 * around the sink rather than a flag inside a stage, like counting and progress.
 */
final class FindingWatch extends StreamRDFWrapper {
    // Keyed by subject, whatever the order of its triples; lines and columns are also on items, citations and
    // sanctions, so a draft is a finding only once it has a kind.
    private final Map<Node, Draft> findings = new LinkedHashMap<>();

    FindingWatch(StreamRDF sink) {
        super(sink);
    }

    @Override
    public void triple(Triple t) {
        super.triple(t);
        Node p = t.getPredicate();
        if (!p.equals(Lkg.findingKind.asNode()) && !p.equals(Lkg.sourceLine.asNode())
                && !p.equals(Lkg.sourceColumn.asNode()) && !p.equals(Lkg.message.asNode())) return;
        Draft d = findings.computeIfAbsent(t.getSubject(), k -> new Draft());
        if (p.equals(Lkg.findingKind.asNode()) && t.getObject().isURI()) {
            d.kind = FindingKind.ofIri(t.getObject().getURI()).orElse(null);
        } else if (p.equals(Lkg.sourceLine.asNode())) {
            d.line = number(t.getObject());
        } else if (p.equals(Lkg.sourceColumn.asNode())) {
            d.column = number(t.getObject());
        } else if (p.equals(Lkg.message.asNode())) {
            d.message = t.getObject().getLiteralLexicalForm();
        }
    }

    /** The findings {@code policy} rejects, in the order they were written. */
    List<RejectedFindingsException.Rejected> rejectedBy(FindingPolicy policy, String file) {
        List<RejectedFindingsException.Rejected> out = new ArrayList<>();
        for (Draft d : findings.values()) {
            if (d.kind != null && policy.rejects(d.kind)) {
                out.add(new RejectedFindingsException.Rejected(d.kind, file, d.line, d.column, d.message));
            }
        }
        return out;
    }

    private static long number(Node n) {
        try {
            return n.isLiteral() ? Long.parseLong(n.getLiteralLexicalForm()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A finding while its triples arrive. */
    private static final class Draft {
        FindingKind kind;
        long line = -1, column = -1;
        String message = "";
    }
}
