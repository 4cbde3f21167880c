package org.w3id.lkg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.lkg.ontology.ChineseNumber;
import org.w3id.lkg.ontology.text.Markup;
import org.w3id.lkg.ontology.text.Numeral;

/**
 * Splits a list field into its numbered entries: responsibilities (责任事项内容) into steps, accountability
 * persons (追责对象范围) and situations (追责情形) into entries. Takes 1. 1． 1、 （1） (1) and 一、 markers,
 * full- and half-width punctuation and {@code <p>} tags; keeps the lead-in (直接实施责任：, 因不履行或不正确履行
 * 行政职责，有下列情形的，…：) apart from the entries.
 */
public final class EntrySplitter {
    // A marker starts the text or follows white space or punctuation, so that 第11、12条 and 2021年1.5 are no markers.
    private static final Pattern MARKER = Pattern.compile("(?<=^|[\\s；;。：:，,）)>])"
            + "(?:(?<arabic>[0-9０-９]{1,2})(?:[.．、](?![0-9]))|[（(](?<paren>[0-9０-９]{1,2})[）)]|(?<han>" + Numeral.ENUMERATOR + ")、)");
    private static final Pattern EDGE = Pattern.compile("^[\\s；;。：:，,、]+|[\\s；;。：:，,、]+$");
    // Without numbers, text that ends in a colon or speaks of 下列情形 only leads into entries that are missing.
    private static final Pattern LEAD_IN_ONLY = Pattern.compile("[：:]\\s*$|下列");

    private EntrySplitter() {}

    /**
     * {@code text} split into its lead-in and entries. Only markers that count 1, 2, 3 … in turn (or skip
     * one number) split, so a number inside an entry (第34、35、36条) stays in it. Text without markers is one entry, unless it is
     * only a lead-in (因不履行…有下列情形的，…应承担相应的责任。), which gives no entries.
     */
    public static EnumeratedText split(String text) {
        String plain = Markup.strip(text).strip();
        List<int[]> cuts = markers(plain);
        if (cuts.isEmpty()) {
            String only = trim(plain);
            if (only.isEmpty()) return new EnumeratedText("", List.of());
            return LEAD_IN_ONLY.matcher(plain).find() ? new EnumeratedText(only, List.of()) : new EnumeratedText("", List.of(only));
        }
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : plain.length();
            String entry = trim(plain.substring(cuts.get(i)[1], end));
            if (!entry.isEmpty()) entries.add(entry);
        }
        return new EnumeratedText(trim(plain.substring(0, cuts.get(0)[0])), entries);
    }

    // Each accepted marker as {start, end}: the first must be 1, each next one more than the last, or two more,
    // since lists skip a number (the seed's 1.… 2.… 4.…) far more often than an entry starts with one.
    private static List<int[]> markers(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        long last = 0;
        while (m.find()) {
            String n = m.group("arabic") != null ? m.group("arabic") : m.group("paren") != null ? m.group("paren") : m.group("han");
            long value = ChineseNumber.parse(n).orElse(-1);
            if (value != last + 1 && (last == 0 || value != last + 2)) continue;
            out.add(new int[] {m.start(), m.end()});
            last = value;
        }
        return out;
    }

    private static String trim(String s) {
        return EDGE.matcher(s.strip()).replaceAll("");
    }
}
