package org.w3id.lkg.ingest.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.w3id.lkg.ontology.text.Numeral;

/**
 * One run of provision numbers as written after a title or on its own: 第四十九条, 第11、12、13条,
 * 第31条、32条, 第三十一条至第三十五条, 第四十九条第一款、第二款, 第九条第五项, 第五章. Parsed by hand
 * rather than by one regular expression, because the pieces combine freely.
 */
public record ProvisionGroup(List<ProvisionNumber> provisions, boolean chapter, int start, int end) {
    private static final int MAX_RANGE = 50;   // a longer 至 range is a typo, not 50 articles
    /** What may stand between two paragraphs or points of one article: 、 , ， ； ; (lists write them all). */
    private static final String RUN_SEPARATORS = "、,，；;";

    /** Parses a group starting at {@code start} (a 第), or returns null when none starts there. */
    public static ProvisionGroup parse(String s, int start) {
        Cursor c = new Cursor(s, start);
        if (!c.eat('第')) return null;
        List<Integer> articles = new ArrayList<>();
        Integer n = c.number();
        if (n == null) return null;
        articles.add(n);
        while (c.peekListSeparator() && c.lookaheadNumber()) {
            c.pos++;
            c.eat('第');
            articles.add(c.number());
        }
        if (c.eat('章')) return new ProvisionGroup(List.of(), true, start, c.pos);
        // 第75项 with no article: an entry of an annexed catalogue (the parser takes it only right after a title).
        if (articles.size() == 1 && c.eat('项')) return new ProvisionGroup(List.of(ProvisionNumber.entry(n)), false, start, c.pos);
        if (!c.eat('条')) return null;
        while (true) {
            int save = c.pos;
            if (c.eat('至') || c.eat('到') || c.eat('－') || c.eat('—')) {
                c.eat('第');
                Integer to = c.number();
                if (to != null && c.eat('条') && to > articles.get(articles.size() - 1)
                        && to - articles.get(articles.size() - 1) <= MAX_RANGE) {
                    for (int a = articles.get(articles.size() - 1) + 1; a <= to; a++) articles.add(a);
                    continue;
                }
            } else if (c.peekListSeparator()) {
                c.pos++;
                boolean had = c.eat('第');
                Integer next = c.number();
                if (next != null && c.eat('条')) { articles.add(next); continue; }
                if (!had) { c.pos = save; break; }
            }
            c.pos = save;
            break;
        }
        List<ProvisionNumber> out = new ArrayList<>();
        for (int a : articles) out.add(ProvisionNumber.article(a));
        readParagraphsAndPoints(c, out);
        return new ProvisionGroup(List.copyOf(out), false, start, c.pos);
    }

    // 款 and 项 qualify the last article of the run: 第四十九条第一款、第二款 → 49(1), 49(2); a paragraph may follow
    // the points of the one before it after a comma or semicolon: 第四十五条第一款第(六)项,第二款 → 45(1)(6), 45(2).
    private static void readParagraphsAndPoints(Cursor c, List<ProvisionNumber> out) {
        ProvisionNumber last = out.remove(out.size() - 1);
        List<ProvisionNumber> qualified = new ArrayList<>();
        boolean again = false;
        do {
            List<Integer> paragraphs = c.numberedRun('款');
            if (paragraphs.isEmpty() && !again) qualified.add(last);
            for (int p : paragraphs) qualified.add(last.withParagraph(p));
            List<Integer> points = c.numberedRun('项');
            if (!points.isEmpty()) {
                ProvisionNumber base = qualified.remove(qualified.size() - 1);
                for (int p : points) qualified.add(base.withPoint(p));
            }
            again = c.separatorBefore('款');
        } while (again);
        out.addAll(qualified);
    }

    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s, int pos) { this.s = s; this.pos = pos; }

        boolean eat(char ch) {
            if (pos < s.length() && s.charAt(pos) == ch) { pos++; return true; }
            return false;
        }

        boolean peekListSeparator() {
            return pos < s.length() && (s.charAt(pos) == '、' || s.charAt(pos) == ',');
        }

        boolean lookaheadNumber() {
            int save = pos;
            pos++;
            eat('第');
            Integer n = number();
            boolean ok = n != null && pos < s.length() && (s.charAt(pos) == '、' || s.charAt(pos) == '条' || s.charAt(pos) == ',');
            pos = save;
            return ok;
        }

        Integer number() {
            int from = pos;
            boolean paren = eat('（') || eat('(');
            int digitsFrom = pos;
            while (pos < s.length() && isNumeral(s.charAt(pos))) pos++;
            String digits = s.substring(digitsFrom, pos);
            if (paren && !(eat('）') || eat(')'))) { pos = from; return null; }
            OptionalLong v = Numeral.value(digits);
            if (digits.isEmpty() || v.isEmpty() || v.getAsLong() <= 0) { pos = from; return null; }
            return (int) v.getAsLong();
        }

        // Whether a separator (、 , ， ； ;) and then 第N<unit> come next; if so, eats the separator.
        boolean separatorBefore(char unit) {
            if (pos >= s.length() || RUN_SEPARATORS.indexOf(s.charAt(pos)) < 0) return false;
            int save = pos;
            pos++;
            while (pos < s.length() && s.charAt(pos) == ' ') pos++;
            boolean ok = eat('第') && number() != null && eat(unit);
            pos = ok ? save + 1 : save;
            if (ok) while (pos < s.length() && s.charAt(pos) == ' ') pos++;
            return ok;
        }

        // 第一款、第二款 or 第（三）项、（四）项 or 第（三）项，第（四）项
        List<Integer> numberedRun(char unit) {
            List<Integer> out = new ArrayList<>();
            int save = pos;
            if (!eat('第')) return out;
            Integer n = number();
            if (n == null || !eat(unit)) { pos = save; return out; }
            out.add(n);
            while (true) {
                int mark = pos;
                if (pos >= s.length() || RUN_SEPARATORS.indexOf(s.charAt(pos)) < 0) break;
                pos++;
                eat('第');
                Integer m = number();
                if (m == null || !eat(unit)) { pos = mark; break; }
                out.add(m);
            }
            return out;
        }

        static boolean isNumeral(char ch) {
            return Numeral.isNumeralChar(ch);
        }
    }
}
