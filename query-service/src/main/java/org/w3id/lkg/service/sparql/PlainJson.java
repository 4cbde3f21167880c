package org.w3id.lkg.service.sparql;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Writes rows as plain JSON, {@code [{"var": value, …}, …]}: IRIs and strings as JSON strings (literals by their
 * lexical form, the language tag dropped), xsd numbers as JSON numbers, xsd:boolean as true/false; an unbound
 * variable is left out of its row.
 */
final class PlainJson {
    /** A lexical form JSON can carry as a number once its sign and dots are tidied. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final List<XSDDatatype> NUMBERS = List.of(XSDDatatype.XSDinteger, XSDDatatype.XSDdecimal,
            XSDDatatype.XSDint, XSDDatatype.XSDlong, XSDDatatype.XSDshort, XSDDatatype.XSDnonNegativeInteger,
            XSDDatatype.XSDpositiveInteger, XSDDatatype.XSDnegativeInteger, XSDDatatype.XSDnonPositiveInteger,
            XSDDatatype.XSDunsignedInt, XSDDatatype.XSDunsignedLong);

    private PlainJson() {}

    /** Writes {@code rows} into {@code out} as they come, in one pass, and says how many there were. */
    static long write(ByteArrayOutputStream out, RowSet rows) {
        StringBuilder b = new StringBuilder(4096).append('[');
        List<String> vars = rows.getResultVars().stream().map(v -> v.getVarName()).toList();
        long count = 0;
        while (rows.hasNext()) {
            Binding row = rows.next();
            b.append(count == 0 ? "\n" : ",\n").append('{');
            count++;
            boolean first = true;
            for (String v : vars) {
                Node n = row.get(v);
                if (n == null) continue;
                if (!first) b.append(", ");
                first = false;
                string(b, v).append(": ");
                value(b, n);
            }
            b.append('}');
            drain(b, out);
        }
        b.append(count == 0 ? "]" : "\n]").append('\n');
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        return count;
    }

    // Moves the text written so far into the buffer once it is large: a large answer is then held once, as UTF-8
    // bytes, not also as a string of twice its size.
    static void drain(StringBuilder b, ByteArrayOutputStream out) {
        if (b.length() < 64 * 1024) return;
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        b.setLength(0);
    }

    private static void value(StringBuilder b, Node n) {
        if (n.isURI()) { string(b, n.getURI()); return; }
        if (n.isBlank()) { string(b, "_:" + n.getBlankNodeLabel()); return; }
        if (!n.isLiteral()) { string(b, n.toString()); return; }
        String lex = n.getLiteralLexicalForm().strip();
        var dt = n.getLiteralDatatype();
        if (NUMBERS.contains(dt) && DECIMAL.matcher(lex).matches()) {
            // as people write amounts: TDB2 hands decimals back in canonical form ("10000.0"), written here as 10000
            b.append(new java.math.BigDecimal(lex).stripTrailingZeros().toPlainString());
        } else if (XSDDatatype.XSDboolean.equals(dt) && (lex.equals("true") || lex.equals("false"))) {
            b.append(lex);
        } else if (XSDDatatype.XSDboolean.equals(dt) && (lex.equals("1") || lex.equals("0"))) {
            b.append(lex.equals("1"));
        } else {
            string(b, n.getLiteralLexicalForm());
        }
    }

    /** Appends {@code s} as a JSON string, quoted and escaped. */
    static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"');
    }
}
