package org.w3id.lkg.ingest.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.w3id.lkg.ontology.text.Numeral;

/**
 * Finds the references in a basis text (实施依据, 责任事项依据): titles in 《》 with their version parenthesis,
 * article runs after them, bare 第N条 continuing the title before, and references inside quoted article
 * wording, which are indirect (they reach the item through the quoting provision).
 *
 * <p>A reference is direct when it stands where a list starts a citation: at the start, after 】, 。, ；,
 * ”, an enumerator such as {@code 2.}, or right after a direct title. Anywhere else (inside “…” or in the
 * middle of a sentence of wording) it is part of the quoted text.
 */
public final class CitationParser {
    /** A year in a parenthesis after a title, (2017修正), marks a version note even without 年. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
    private static final Pattern ENUMERATOR_BEFORE = Pattern.compile("(^|[\\s；;。，,])(\\d{1,2}|" + Numeral.ENUMERATOR + ")[.．、]\\s*$");
    private static final String HEAD_BOUNDARY = "】]］。；;”\">";
    /** The level tags lists put before a basis (【法律】, [部门规章]), read as the rank the list claims. */
    static final java.util.Set<String> RANK_WORDS = java.util.Set.of("法律", "行政法规", "地方性法规", "规章", "部门规章",
            "地方政府规章", "政府规章", "规范性文件", "司法解释", "党内法规", "国务院文件", "其他");
    /** An issuing number right after a title: 司法部令第122号, 国务院令412号, 国发〔2012〕52号. */
    private static final Pattern ORDER_NUMBER = Pattern.compile("[\\p{IsHan}]{1,10}(令|发|办|字)\\s*(〔\\d{4}〕|\\[\\d{4}\\]|\\d{4}年)?\\s*第?\\s*\\d+\\s*号");
    /** A title that names law (not a form such as 《法律服务工作者执业证》): only such a title starts a citation unseparated. */
    private static final Pattern LAW_TITLE = Pattern.compile("(法|条例|办法|规定|细则|规则|决定|意见|通知)(（试行）|\\(试行\\))?$");
    /** A bare entry number left at the end of a quotation before the next numbered basis: "… 2 【部门规章】". */
    private static final Pattern TRAILING_ENTRY_NUMBER = Pattern.compile("\\s\\d{1,2}\\s*$");

    /** Titles recognised without 《》 when an article follows them, longest first so 中华人民共和国律师法 beats 律师法. */
    private final List<String> bareTitles;

    /** A parser that knows titles only inside 《》. */
    public CitationParser() { this(List.of()); }

    /** A parser that also takes these titles written bare, as in {@code 依据律师法第四十九条} (registry titles, say). */
    public CitationParser(java.util.Collection<String> bareTitles) {
        this.bareTitles = bareTitles.stream().filter(t -> t.length() >= 2).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Parses {@code text} (cleaned of markup) into its mentions, in order. */
    public List<CitationMention> parse(String text) {
        return new Pass(text, bareTitles).run();
    }

    private static final class Pass {
        final String s;
        final boolean[] quoted;
        final List<CitationMention> out = new ArrayList<>();
        final List<Integer> headStarts = new ArrayList<>();
        String title, rankTag;
        VersionNote version;
        int titleStart = -1, titleEnd = -1;
        int lastHeadEnd = -1;   // where the last direct article run ended: a title after it and a separator is direct too
        boolean titleCited = true;
        String viaTitle;
        ProvisionNumber via;
        String innerTitle;   // a title inside wording, waiting for the article run that may follow it
        int innerTitleEnd = -1;

        final List<String> bareTitles;

        Pass(String s, List<String> bareTitles) {
            this.s = s;
            this.quoted = quoteMask(s);
            this.bareTitles = bareTitles;
        }

        List<CitationMention> run() {
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '【') i = tag(i);
                else if (c == '[' || c == '［') i = squareTag(i);
                else if (c == '《') i = title(i);
                else if (c == '第') i = provisions(bareTitle(i));
                else i++;
            }
            closeTitle();
            return attachWording();
        }

        int tag(int i) {
            int close = s.indexOf('】', i);
            if (close < 0) return i + 1;
            rankTag = s.substring(i + 1, close);
            headStarts.add(i);
            return close + 1;
        }

        // [法律] / ［部门规章］: a level tag in square brackets, as some lists write 【】; only a rank word counts.
        int squareTag(int i) {
            int close = s.indexOf(s.charAt(i) == '[' ? ']' : '］', i);
            if (close < 0 || close - i > 8 || !RANK_WORDS.contains(s.substring(i + 1, close).strip())) return i + 1;
            rankTag = s.substring(i + 1, close).strip();
            headStarts.add(i);
            return close + 1;
        }

        int title(int i) {
            int close = s.indexOf('》', i);
            if (close < 0) return i + 1;
            return title(i, s.substring(i + 1, close), close + 1);
        }

        // A registry title written without 《》 right before this 第 is taken as if it had them; returns i.
        int bareTitle(int i) {
            int end = i;
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
            if (end == 0 || "》".indexOf(s.charAt(end - 1)) >= 0) return i;
            if (")）".indexOf(s.charAt(end - 1)) >= 0) {
                // 中华人民共和国律师法(2017年修订)第十八条: the version note stands between the bare title and 第.
                int open = matchingOpen(end - 1);
                if (open <= 0 || titleEnd == i) return i;
                String inside = s.substring(open, end);
                if (!(inside.contains("年") || inside.contains("号") || YEAR.matcher(inside).find())) return i;
                end = open;
                while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
                if (end == 0 || "》".indexOf(s.charAt(end - 1)) >= 0) return i;
            }
            for (String t : bareTitles) {
                int start = end - t.length();
                if (start >= 0 && s.startsWith(t, start) && (start == 0 || s.charAt(start - 1) != '《')) {
                    title(start, t, end);
                    return i;
                }
            }
            return i;
        }

        // The title t at i, written up to (not including) after; a version note may follow it.
        int title(int i, String t, int after) {
            int close = after - 1;
            int j = skipSpaces(after);
            VersionNote note = null;
            if (j < s.length() && (s.charAt(j) == '（' || s.charAt(j) == '(')) {
                int end = matchingParen(j);
                // A date (…年…修正, 2017修正) or an issuance number (司法部令第101号, 司发通〔2020〕59号) annotates the title.
                String inside = end > j ? s.substring(j, end) : "";
                if (inside.contains("年") || inside.endsWith("号") || YEAR.matcher(inside).find()) {
                    note = VersionNote.parse(s.substring(j + 1, end));
                    j = end + 1;
                }
            } else if (j < s.length()) {
                // An order number written without brackets, 《…》司法部令第122号 第二十条, annotates the title as well.
                java.util.regex.Matcher order = ORDER_NUMBER.matcher(s).region(j, s.length());
                if (order.lookingAt()) {
                    note = VersionNote.parse(order.group().strip());
                    j = order.end();
                }
            }
            // Before any direct reference there is no provision whose wording could hold this one: 依据《律师法》… is direct.
            if (title == null || !quoted[i] && (isBoundary(i) || (titleEnd >= 0 && onlySeparatorsBetween(titleEnd, i))
                    || (lastHeadEnd >= 0 && onlySeparatorsBetween(lastHeadEnd, i))
                    || (LAW_TITLE.matcher(t).find() && nothingBetween(Math.max(titleEnd, lastHeadEnd), i)))) {
                closeTitle();
                title = t;
                version = note;
                titleStart = i;
                titleEnd = j;
                titleCited = false;
                viaTitle = t;
                via = ProvisionNumber.DOCUMENT;
                headStarts.add(i);
                innerTitle = null;
            } else {
                innerTitle = t;
                innerTitleEnd = j;
                if (!nextIsProvision(j) && title != null) {
                    out.add(new CitationMention(t, ProvisionNumber.DOCUMENT, false, viaTitle, via, note, i, close + 1, "", rankTag));
                }
            }
            return j;
        }

        int provisions(int i) {
            ProvisionGroup g = ProvisionGroup.parse(s, i);
            if (g == null) return i + 1;
            boolean afterInnerTitle = innerTitle != null && skipSpaces(innerTitleEnd) == i;
            boolean head = !quoted[i] && !afterInnerTitle && (isBoundary(i) || skipSpaces(titleEnd) == i || via == null
                    || (lastHeadEnd >= 0 && onlySeparatorsBetween(lastHeadEnd, i)));
            if (head && title == null) return g.end();   // nothing named yet: not a citation of anything we know
            // 第75项 is an entry of the catalogue of the title just named, or else a point of wording: not a citation.
            if (g.provisions().size() == 1 && g.provisions().get(0).isEntry() && !(head && skipSpaces(titleEnd) == i)) return g.end();
            if (g.chapter()) {
                // A chapter (第五章) points at the document as a whole.
                if (head && !titleCited) {
                    out.add(new CitationMention(title, ProvisionNumber.DOCUMENT, true, null, null, version, i, g.end(), "", rankTag));
                    titleCited = true;
                }
                return g.end();
            }
            String owner = afterInnerTitle ? innerTitle : title;
            if (owner == null) return g.end();
            for (ProvisionNumber p : g.provisions()) {
                out.add(new CitationMention(owner, p, head, head ? null : viaTitle, head ? null : via,
                        head ? version : null, i, g.end(), "", rankTag));
            }
            if (head) {
                lastHeadEnd = g.end();
                titleCited = true;
                viaTitle = title;
                via = g.provisions().get(g.provisions().size() - 1);
                headStarts.add(i);
            }
            innerTitle = null;
            return g.end();
        }

        // A direct title that no article followed is a citation of the whole document.
        void closeTitle() {
            if (title != null && !titleCited) {
                out.add(new CitationMention(title, ProvisionNumber.DOCUMENT, true, null, null, version,
                        titleStart, titleEnd, "", rankTag));
            }
            titleCited = true;
        }

        boolean isBoundary(int i) {
            int p = i - 1;
            while (p >= 0 && Character.isWhitespace(s.charAt(p))) p--;
            if (p < 0) return true;
            if (HEAD_BOUNDARY.indexOf(s.charAt(p)) >= 0) return true;
            return ENUMERATOR_BEFORE.matcher(s.substring(Math.max(0, i - 8), i)).find();
        }

        boolean onlySeparatorsBetween(int from, int to) {
            if (from > to) return false;
            String between = s.substring(from, to).strip();
            // 第四条、《…》 and 第二十九条第一款 《…》 (one basis per line, the line breaks folded to spaces) alike.
            return between.equals("、") || between.equals("和") || between.equals("及") || between.equals("，")
                    || between.equals(",");
        }

        // 《A》（…）《B》 and 第二十九条第一款 《B》 (one basis per line, the breaks folded to spaces): B starts a citation.
        boolean nothingBetween(int from, int to) {
            return from >= 0 && from <= to && s.substring(from, to).isBlank();
        }

        boolean nextIsProvision(int j) {
            int k = skipSpaces(j);
            return k < s.length() && s.charAt(k) == '第' && ProvisionGroup.parse(s, k) != null;
        }

        int skipSpaces(int j) {
            if (j < 0) return -1;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
            return j;
        }

        // A version note may name an amending decision: （根据…《关于修改〈…〉等五部法律的决定》修正）; a quotation ends it.
        int matchingParen(int open) {
            int depth = 0;
            for (int k = open; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '（' || c == '(') depth++;
                else if ((c == '）' || c == ')') && --depth == 0) return k;
                else if (c == '《') {
                    int close = s.indexOf('》', k);
                    String inner = close < 0 ? "" : s.substring(k, close);
                    if (close < 0 || !(inner.startsWith("《关于修改") || inner.contains("决定"))) return -1;
                    k = close;
                }
                else if (c == '“') return -1;
            }
            return -1;
        }

        // The （ or ( that the ） or ) at close closes, or -1.
        int matchingOpen(int close) {
            int depth = 0;
            for (int k = close; k >= 0; k--) {
                char c = s.charAt(k);
                if (c == '）' || c == ')') depth++;
                else if ((c == '（' || c == '(') && --depth == 0) return k;
                else if (c == '》' || c == '《' || c == '”') return -1;
            }
            return -1;
        }

        // The wording of a direct article runs from the end of its reference to the next direct reference.
        List<CitationMention> attachWording() {
            List<CitationMention> result = new ArrayList<>(out.size());
            for (CitationMention m : out) {
                if (!m.direct() || m.provision().isDocument()) { result.add(m); continue; }
                int next = s.length();
                for (int h : headStarts) if (h > m.start() && h < next) { next = h; break; }
                String w = next > m.end() ? s.substring(m.end(), next) : "";
                result.add(m.withWording(trimWording(w)));
            }
            return result;
        }

        static String trimWording(String w) {
            // What follows a reference up to the next one also holds the separator and the number of the next
            // entry of a numbered basis ("…第28条； 2.《…》"): that is layout, not wording.
            String t = w.strip();
            java.util.regex.Matcher nextEntry = ENUMERATOR_BEFORE.matcher(t);
            if (nextEntry.find()) t = t.substring(0, nextEntry.start(2)).strip();
            java.util.regex.Matcher bare = TRAILING_ENTRY_NUMBER.matcher(t);
            if (bare.find()) t = t.substring(0, bare.start()).strip();
            while (!t.isEmpty() && "：:".indexOf(t.charAt(0)) >= 0) t = t.substring(1).strip();
            if (t.startsWith("“")) t = t.substring(1);
            if (t.endsWith("”")) t = t.substring(0, t.length() - 1);
            else if (t.endsWith("；") || t.endsWith(";")) t = t.substring(0, t.length() - 1);
            t = t.strip();
            // Wording says something: a lone "。" or "；" left between two references is not a quotation.
            return t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? t : "";
        }

        // “…” spans; an opening quote with no close ends at the next 【 (a new citation block) or the end.
        static boolean[] quoteMask(String s) {
            boolean[] mask = new boolean[s.length()];
            int open = -1;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '“' && open < 0) open = k;
                else if (c == '”' && open >= 0) {
                    for (int q = open; q <= k; q++) mask[q] = true;
                    open = -1;
                } else if (c == '【' && open >= 0) {
                    for (int q = open; q < k; q++) mask[q] = true;
                    open = -1;
                }
            }
            if (open >= 0) for (int q = open; q < s.length(); q++) mask[q] = true;
            return mask;
        }
    }
}
