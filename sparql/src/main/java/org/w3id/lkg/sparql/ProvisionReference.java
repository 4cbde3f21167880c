package org.w3id.lkg.sparql;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.lkg.ontology.ChineseNumber;

/**
 * A reference to a document and, optionally, an article, paragraph and point in it, as people write them:
 * {@code 律师法第四十九条}, {@code 律师法四十九条}, {@code 律师法 49}, {@code 《中华人民共和国律师法》第49条}, {@code 律师法第49条第1款},
 * {@code 律师法第四十九条第一款第三项}. Numbers are 0 when absent; {@link #title()} is the title as written, cleaned of
 * brackets and spaces but not normalised (see {@link TitleKey} for that).
 */
public record ProvisionReference(String title, int article, int paragraph, int point) {
    private static final String NUM = "[0-9零〇一二两三四五六七八九十百千]+";
    // 第 may be left out (律师法四十九条), as people type it; 条例 is a title's end, never an article.
    private static final Pattern ARTICLE = Pattern.compile("(?:第\\s*)?(" + NUM + ")\\s*条(?!例)");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)\\s*([0-9]+)\\s*条?$");
    private static final Pattern REST = Pattern.compile(
            "^(?:第?\\s*(" + NUM + ")\\s*款)?\\s*(?:第?\\s*\\(?\\s*(" + NUM + ")\\s*\\)?\\s*项)?$");

    public ProvisionReference {
        title = title == null ? "" : title;
        if (article < 0 || paragraph < 0 || point < 0) throw new IllegalArgumentException("negative number in a reference");
    }

    /** Whether an article is named. */
    public boolean hasArticle() { return article > 0; }

    /**
     * Parses {@code text}; empty when it has no title or its tail after the title is not an article, paragraph, point.
     */
    public static Optional<ProvisionReference> parse(String text) {
        if (text == null) return Optional.empty();
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip()
                .replaceAll("[：:。，,；;]+$", "");
        Matcher m = ARTICLE.matcher(s);
        String title;
        int article;
        String rest;
        if (m.find()) {
            title = s.substring(0, m.start());
            article = number(m.group(1));
            rest = s.substring(m.end());
        } else {
            Matcher t = TRAILING_NUMBER.matcher(s);
            if (t.matches() && !t.group(1).isBlank()) {
                title = t.group(1);
                article = number(t.group(2));
                rest = "";
            } else {
                title = s;
                article = 0;
                rest = "";
            }
        }
        title = cleanTitle(title);
        if (title.isEmpty()) return Optional.empty();
        Matcher r = REST.matcher(rest.strip());
        if (!r.matches()) return Optional.empty();
        int paragraph = r.group(1) == null ? 0 : number(r.group(1));
        int point = r.group(2) == null ? 0 : number(r.group(2));
        if ((paragraph > 0 || point > 0) && article == 0) return Optional.empty();
        return Optional.of(new ProvisionReference(title, article, paragraph, point));
    }

    /** The reference written the usual way: {@code 律师法第49条第1款第3项}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(title);
        if (article > 0) b.append('第').append(article).append('条');
        if (paragraph > 0) b.append('第').append(paragraph).append('款');
        if (point > 0) b.append('第').append(point).append('项');
        return b.toString();
    }

    // Brackets and spaces around the title go; a date parenthetical after it goes (TitleKey does the same).
    private static String cleanTitle(String raw) {
        String t = raw.strip();
        t = t.replaceAll("\\([^()]*\\d+年[^()]*\\)\\s*$", "").strip();
        t = t.replaceAll("^[《〈<]+|[》〉>]+$", "").replaceAll("[《》〈〉]", "").strip();
        return t;
    }

    private static int number(String n) {
        return (int) ChineseNumber.parse(n).orElse(0);
    }
}
