package org.w3id.lkg.sparql;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form of a document title that two spellings of one title share: NFKC (full-width brackets and digits become
 * half-width), no 《》〈〉 or quotes, no spaces, no leading {@code 【法律】}-style tag, no date parenthetical such as
 * {@code （1996年5月15日通过，2017年9月1日修正）}, and no leading {@code 中华人民共和国}.
 */
final class TitleKey {
    private static final Pattern TAG = Pattern.compile("^\\[[^\\]]*\\]|^【[^】]*】");
    private static final Pattern DATES = Pattern.compile("\\([^()]*\\d+年[^()]*\\)");
    private static final Pattern NOISE = Pattern.compile("[\\s《》〈〉<>“”\"'‘’「」『』]+");
    private static final String PRC = "中华人民共和国";

    private TitleKey() {}

    /** The key of {@code title}; empty for null or blank input. */
    static String of(String title) {
        if (title == null) return "";
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC);
        s = NOISE.matcher(s).replaceAll("");
        s = TAG.matcher(s).replaceFirst("");
        s = DATES.matcher(s).replaceAll("");
        if (s.startsWith(PRC) && s.length() > PRC.length()) s = s.substring(PRC.length());
        return s;
    }
}
