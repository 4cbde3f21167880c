package org.w3id.lkg.ontology.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The key two spellings of one document title share, the one rule by which titles are compared anywhere in lkg
 * (the ingest registry, the resolver behind {@code items-by-article} and {@code /api/resolve}).
 *
 * <p>The key is the title after, in this order: NFKC (full-width brackets, digits and letters become half-width,
 * an ideographic space a space); white space, 《》〈〉&lt;&gt; and quotes (“”‘’"'「」『』) removed, since they
 * only frame a title or a title quoted inside it (《国务院关于〈…〉的决定》); a leading rank tag ({@code 【法律】},
 * {@code [法律]}) removed; every date parenthetical ({@code （1996年5月15日通过，2017年9月1日修正）}, a
 * parenthesis holding a year 年) removed, while other parentheticals ({@code （试行）}) stay, as they tell documents
 * apart; and a leading {@code 中华人民共和国} removed when a title remains after it, since national laws are cited
 * with and without it.
 */
public final class TitleKey {
    private static final Pattern NOISE = Pattern.compile("[\\s《》〈〉<>“”\"'‘’「」『』]+");
    private static final Pattern TAG = Pattern.compile("^(?:\\[[^\\]]*\\]|【[^】]*】)");
    private static final Pattern DATES = Pattern.compile("\\([^()]*\\d+年[^()]*\\)");
    private static final String PRC = "中华人民共和国";

    private TitleKey() {}

    /** The key of {@code title}; empty for null or blank input. */
    public static String of(String title) {
        if (title == null) return "";
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC);
        s = NOISE.matcher(s).replaceAll("");
        s = TAG.matcher(s).replaceFirst("");
        s = DATES.matcher(s).replaceAll("");
        if (s.startsWith(PRC) && s.length() > PRC.length()) s = s.substring(PRC.length());
        return s;
    }
}
