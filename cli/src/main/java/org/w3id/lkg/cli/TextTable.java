package org.w3id.lkg.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Query results as a table for people: columns padded to the width a terminal gives each character (a Han character
 * or a full-width sign takes two columns; Jena's own text table counts one, so Chinese rows came out ragged), values
 * as people read them (a literal's text without quotes or language tag, an amount as written, an IRI in angle brackets).
 */
final class TextTable {
    private TextTable() {}

    static void write(PrintStream out, RowSet rows) {
        List<Var> vars = rows.getResultVars();
        List<String[]> cells = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < row.length; i++) row[i] = text(b.get(vars.get(i)));
            cells.add(row);
        }
        int[] width = new int[vars.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = displayWidth(vars.get(i).getVarName());
            for (String[] r : cells) width[i] = Math.max(width[i], displayWidth(r[i]));
        }
        String[] header = vars.stream().map(Var::getVarName).toArray(String[]::new);
        line(out, width, '-');
        row(out, width, header);
        line(out, width, '=');
        for (String[] r : cells) row(out, width, r);
        line(out, width, '-');
        out.println(cells.size() + (cells.size() == 1 ? " row" : " rows"));
    }

    private static String text(Node n) {
        if (n == null) return "";
        if (n.isURI()) return "<" + n.getURI() + ">";
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        if (!n.isLiteral()) return n.toString();
        String lex = n.getLiteralLexicalForm().replace('\n', ' ').replace('\t', ' ');
        if (XSDDatatype.XSDdecimal.equals(n.getLiteralDatatype())) {
            try {
                return new java.math.BigDecimal(lex).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return lex;
            }
        }
        return lex;
    }

    private static void row(PrintStream out, int[] width, String[] cells) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(cells[i]).append(" ".repeat(width[i] - displayWidth(cells[i]))).append(" |");
        }
        out.println(b);
    }

    private static void line(PrintStream out, int[] width, char c) {
        int total = 1;
        for (int w : width) total += w + 3;
        out.println(String.valueOf(c).repeat(total));
    }

    /** Columns a terminal gives {@code s}: two for East Asian wide and full-width characters, one for the rest. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) return true;
        return (cp >= 0x3000 && cp <= 0x303F)     // CJK punctuation: 、。《》「」
                || (cp >= 0xFF01 && cp <= 0xFF60)  // full-width forms: （），：；
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
