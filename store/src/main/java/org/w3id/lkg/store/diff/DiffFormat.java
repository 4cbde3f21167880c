package org.w3id.lkg.store.diff;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * How a {@link ListDiff} is written: text for people, CSV (one row per difference), JSON, or Turtle, a change set
 * with one resource per changed item linked to the item in both editions and to the provisions a citation moved
 * between (namespace {@value #NS}), so SPARQL can ask which items changed their legal basis.
 */
public enum DiffFormat {
    TEXT, CSV, JSON, TTL;

    /** The diff vocabulary (store/README.md). */
    public static final String NS = "https://w3id.org/lkg/diff#";

    /** The format named {@code text}, {@code csv}, {@code json} or {@code ttl}. */
    public static DiffFormat named(String name) {
        for (DiffFormat f : values()) if (f.name().equalsIgnoreCase(name)) return f;
        throw new IllegalArgumentException("no diff format '" + name + "': expected text, csv, json or ttl");
    }

    /** The MIME type of the format. */
    public String mediaType() {
        return switch (this) {
            case TEXT -> "text/plain; charset=utf-8";
            case CSV -> "text/csv; charset=utf-8";
            case JSON -> "application/json";
            case TTL -> "text/turtle; charset=utf-8";
        };
    }

    public String write(ListDiff diff) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        switch (this) {
            case TEXT -> text(diff, w);
            case CSV -> csv(diff, w);
            case JSON -> json(diff, w);
            case TTL -> { w.flush(); RDFDataMgr.write(out, graph(diff), Lang.TURTLE); }
        }
        w.flush();
        return out.toString();
    }

    private static void text(ListDiff d, PrintWriter w) {
        w.println(d.from() + " → " + d.to() + ": " + d.counts());
        for (ListDiff.ItemChange c : d.changes()) {
            String kind = String.format(Locale.ROOT, "%-8s ", c.kind().label());
            w.println(kind + switch (c.kind()) {
                case ADDED -> c.to().line();
                case REMOVED -> c.from().line();
                case RENAMED -> c.from().line() + " → " + c.to().line();
                case CHANGED -> c.to().line() + (c.from().ref().equals(c.to().ref()) ? "" : " (was " + c.from().ref() + ")");
            });
            for (ListDiff.FieldChange f : c.fields()) {
                w.println("         " + f.field() + " " + f.change() + ": " + switch (f.change()) {
                    case "added" -> f.after();
                    case "removed" -> f.before();
                    default -> f.before() + " → " + f.after();
                });
            }
        }
    }

    private static void csv(ListDiff d, PrintWriter w) {
        w.print("change,from_item,to_item,from_name,to_name,field,field_change,before,after\r\n");
        for (ListDiff.ItemChange c : d.changes()) {
            List<ListDiff.FieldChange> fields = c.fields().isEmpty() ? java.util.Collections.singletonList(null) : c.fields();
            for (ListDiff.FieldChange f : fields) {
                w.print(String.join(",", cell(c.kind().label()), cell(c.from() == null ? null : c.from().ref()),
                        cell(c.to() == null ? null : c.to().ref()), cell(c.from() == null ? null : c.from().name()),
                        cell(c.to() == null ? null : c.to().name()), cell(f == null ? null : f.field()),
                        cell(f == null ? null : f.change()), cell(f == null ? null : f.before()), cell(f == null ? null : f.after())) + "\r\n");
            }
        }
    }

    private static String cell(String v) {
        if (v == null) return "";
        return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static void json(ListDiff d, PrintWriter w) {
        w.println("{");
        w.println("  \"from\": " + str(d.from()) + ",");
        w.println("  \"to\": " + str(d.to()) + ",");
        w.printf("  \"counts\": {\"added\": %d, \"removed\": %d, \"renamed\": %d, \"changed\": %d},%n",
                d.count(ListDiff.Kind.ADDED), d.count(ListDiff.Kind.REMOVED), d.count(ListDiff.Kind.RENAMED), d.count(ListDiff.Kind.CHANGED));
        w.print("  \"changes\": [");
        for (int i = 0; i < d.changes().size(); i++) {
            ListDiff.ItemChange c = d.changes().get(i);
            w.print(i == 0 ? "\n" : ",\n");
            w.print("    {\"change\": " + str(c.kind().label()) + ", \"from\": " + item(c.from()) + ", \"to\": " + item(c.to()) + ", \"fields\": [");
            for (int j = 0; j < c.fields().size(); j++) {
                ListDiff.FieldChange f = c.fields().get(j);
                w.print((j == 0 ? "" : ", ") + "{\"field\": " + str(f.field()) + ", \"change\": " + str(f.change())
                        + ", \"before\": " + str(f.before()) + ", \"after\": " + str(f.after()) + "}");
            }
            w.print("]}");
        }
        w.println(d.changes().isEmpty() ? "]" : "\n  ]");
        w.println("}");
    }

    private static String item(ListItem i) {
        return i == null ? "null" : "{\"iri\": " + str(i.iri()) + ", \"item\": " + str(i.ref()) + ", \"name\": " + str(i.name()) + "}";
    }

    private static String str(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> { if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch)); else b.append(ch); }
            }
        }
        return b.append('"').toString();
    }

    /** The change set as RDF: a {@code lkgd:ChangeSet} with a {@code lkgd:ItemChange} per item, each with its field changes. */
    public static Graph graph(ListDiff d) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("lkgd", NS);
        Node set = NodeFactory.createBlankNode();
        g.add(set, RDF.type.asNode(), term("ChangeSet"));
        g.add(set, term("from"), edition(d.from()));
        g.add(set, term("to"), edition(d.to()));
        for (ListDiff.ItemChange c : d.changes()) {
            Node change = NodeFactory.createBlankNode();
            g.add(set, term("change"), change);
            g.add(change, RDF.type.asNode(), term("ItemChange"));
            g.add(change, term("kind"), NodeFactory.createLiteralString(c.kind().label()));
            if (c.from() != null) g.add(change, term("fromItem"), NodeFactory.createURI(c.from().iri()));
            if (c.to() != null) g.add(change, term("toItem"), NodeFactory.createURI(c.to().iri()));
            for (ListDiff.FieldChange f : c.fields()) {
                Node field = NodeFactory.createBlankNode();
                g.add(change, term("fieldChange"), field);
                g.add(field, term("field"), NodeFactory.createLiteralString(f.field()));
                g.add(field, term("fieldChangeKind"), NodeFactory.createLiteralString(f.change()));
                if (f.before() != null) g.add(field, term("before"), NodeFactory.createLiteralLang(f.before(), "zh"));
                if (f.after() != null) g.add(field, term("after"), NodeFactory.createLiteralLang(f.after(), "zh"));
                if (f.beforeIri() != null) g.add(field, term("beforeProvision"), NodeFactory.createURI(f.beforeIri()));
                if (f.afterIri() != null) g.add(field, term("afterProvision"), NodeFactory.createURI(f.afterIri()));
            }
        }
        return g;
    }

    // An edition is named by its IRI in a store, by its file name when two files are compared.
    private static Node edition(String label) {
        return label.contains("://") ? NodeFactory.createURI(label) : NodeFactory.createLiteralDT(label, XSDDatatype.XSDstring);
    }

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }
}
