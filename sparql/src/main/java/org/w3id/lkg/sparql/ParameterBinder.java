package org.w3id.lkg.sparql;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.w3id.lkg.ontology.ChineseNumber;

/**
 * Turns the text a user gave for each parameter into an RDF term of the declared type and substitutes the terms into
 * the parsed query. References and labels are resolved against the {@link SparqlSource} the query will run on.
 */
public final class ParameterBinder {
    /** Longest accepted value, in characters: enough for any title or name, short of abuse. */
    public static final int MAX_VALUE_LENGTH = 1000;

    private final SparqlSource source;
    private final ProvisionResolver provisions;
    private final TermResolver terms;

    public ParameterBinder(SparqlSource source) {
        this.source = source;
        this.provisions = new ProvisionResolver(source);
        this.terms = new TermResolver(source);
    }

    /**
     * Binds {@code values} (parameter name → text) into {@code canned}. Blank values count as absent.
     *
     * @throws ParameterException for an unknown parameter, a missing required one, or a value that is malformed or
     *                            names nothing in the graph
     */
    public BoundQuery bind(CannedQuery canned, Map<String, String> values) {
        for (String given : values.keySet())
            if (canned.parameter(given).isEmpty())
                throw new ParameterException(given, canned.name() + " has no parameter '" + given + "'; its parameters: "
                        + canned.parameters().stream().map(QueryParameter::name).toList());
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Resolution> inexact = new LinkedHashMap<>();
        for (QueryParameter p : canned.parameters()) {
            String v = values.get(p.name());
            if (v == null || v.isBlank()) {
                if (p.required()) throw new ParameterException(p.name(), canned.name() + ": parameter '" + p.name()
                        + "' (" + p.type() + ") is required" + (p.example().isEmpty() ? "" : ", e.g. " + p.example()));
                continue;
            }
            nodes.put(p.name(), toNode(p, v.strip(), r -> inexact.put(p.name(), r)));
        }
        Query q = Substitution.apply(canned.query(), nodes);
        return new BoundQuery(canned, q, nodes, inexact);
    }

    /** The RDF term {@code value} becomes as a value of {@code p}. */
    public Node toNode(QueryParameter p, String value) {
        return toNode(p, value, r -> {});
    }

    // onInexact hears of a reference that resolved to a provision above the one it names.
    private Node toNode(QueryParameter p, String value, java.util.function.Consumer<Resolution> onInexact) {
        if (value.length() > MAX_VALUE_LENGTH)
            throw bad(p, value, "longer than " + MAX_VALUE_LENGTH + " characters");
        return switch (p.type()) {
            case STRING -> NodeFactory.createLiteralString(value);
            case INTEGER -> NodeFactory.createLiteralDT(Long.toString(integer(p, value)), XSDDatatype.XSDinteger);
            case DECIMAL -> NodeFactory.createLiteralDT(decimal(p, value).toPlainString(), XSDDatatype.XSDdecimal);
            case IRI -> NodeFactory.createURI(iri(p, value));
            case ARTICLE_REF -> resolved(p, value, articleRef(p, value), onInexact);
            case LEGAL_REF -> resolved(p, value, isIri(value) ? null : provisions.resolve(value), onInexact);
            case STATUTE -> resolved(p, value, statute(p, value), onInexact);
            case UNIT -> resolved(p, value, isIri(value) ? null : terms.unit(value), onInexact);
            case PARTY, POWER_TYPE, SANCTION_TYPE -> resolved(p, value, isIri(value) ? null : terms.concept(p.type().scheme(), value), onInexact);
        };
    }

    private Resolution articleRef(QueryParameter p, String value) {
        if (isIri(value)) return null;
        ProvisionReference ref = ProvisionReference.parse(value)
                .orElseThrow(() -> bad(p, value, "not an article reference such as 律师法第四十九条 or 律师法 49"));
        if (!ref.hasArticle()) throw bad(p, value, "names no article; write e.g. " + ref.title() + "第一条");
        return provisions.resolve(value, ref);
    }

    private Resolution statute(QueryParameter p, String value) {
        if (isIri(value)) return null;
        ProvisionReference ref = ProvisionReference.parse(value)
                .orElseThrow(() -> bad(p, value, "not a statute title such as 律师法"));
        if (ref.hasArticle()) throw bad(p, value, "names an article; give the statute alone, e.g. " + ref.title());
        return provisions.resolve(value, ref);   // no article, so the document; parsed once
    }

    // A null resolution means the value was an IRI already, taken as it is if the graph has it: a reference to nothing
    // is reported like a title that names nothing, never run.
    private Node resolved(QueryParameter p, String value, Resolution r, java.util.function.Consumer<Resolution> onInexact) {
        if (r == null) {
            Node iri = NodeFactory.createURI(iri(p, value));
            if (!inGraph(iri)) throw new ParameterException(p.name(), "parameter '" + p.name() + "': the graph has no "
                    + "resource <" + iri.getURI() + ">; give its IRI as the graph writes it, or a reference such as "
                    + (p.example().isEmpty() ? "律师法第四十九条" : p.example()), java.util.List.of());
            return iri;
        }
        if (!r.resolved()) throw new ParameterException(p.name(), "parameter '" + p.name() + "': " + r.message()
                + (r.candidates().isEmpty() ? "" : "; nearest: " + r.candidates().stream().map(Candidate::label).toList()),
                r.candidates());
        if (!r.exact()) onInexact.accept(r);
        return NodeFactory.createURI(r.iri());
    }

    private boolean inGraph(Node iri) {
        Query ask = QueryFactory.create("ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } }");
        Query bound = Substitution.apply(ask, Map.of("iri", iri));
        return source.execute(bound, null, qe -> qe.ask());
    }

    private static long integer(QueryParameter p, String value) {
        OptionalLong n = value.matches("[+-]?[0-9]+") ? OptionalLong.of(parseLong(p, value)) : ChineseNumber.parse(value);
        return n.orElseThrow(() -> bad(p, value, "not an integer"));
    }

    private static long parseLong(QueryParameter p, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw bad(p, value, "not an integer in range");
        }
    }

    /** Decimals have at most this many digits before the point, and {@link #MAX_DECIMAL_SCALE} after it. */
    static final int MAX_DECIMAL_DIGITS = 15;
    static final int MAX_DECIMAL_SCALE = 6;

    private static BigDecimal decimal(QueryParameter p, String value) {
        try {
            BigDecimal d = new BigDecimal(value.replace(",", "").replace("_", ""));
            // checked before anything expands it: 1e999999999 parses at once, but writing it out takes a billion digits
            if (d.precision() - d.scale() > MAX_DECIMAL_DIGITS || d.scale() > MAX_DECIMAL_SCALE)
                throw bad(p, value, "out of range: at most " + MAX_DECIMAL_DIGITS + " digits before the point and "
                        + MAX_DECIMAL_SCALE + " after it");
            return d;
        } catch (NumberFormatException e) {
            OptionalLong n = ChineseNumber.parse(value.replaceAll("元$", ""));
            if (n.isPresent()) return BigDecimal.valueOf(n.getAsLong());
            throw bad(p, value, "not a decimal number");
        }
    }

    private static boolean isIri(String value) {
        return value.matches("(?i)(https?|urn):\\S+");
    }

    private static String iri(QueryParameter p, String value) {
        try {
            IRIx iri = IRIx.create(value);
            if (!iri.isAbsolute()) throw bad(p, value, "not an absolute IRI");
            return iri.str();
        } catch (IRIException e) {
            throw bad(p, value, "not an IRI: " + e.getMessage());
        }
    }

    private static ParameterException bad(QueryParameter p, String value, String why) {
        return new ParameterException(p.name(), "parameter '" + p.name() + "' (" + p.type() + "): '" + value + "': " + why);
    }
}
