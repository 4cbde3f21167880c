package org.w3id.lkg.ontology.text;

import java.util.regex.Pattern;

/**
 * The markup that exported lists leave inside cells and quoted wording: short tags ({@code <p>}, {@code </p>},
 * {@code <br>}, {@code <br/>}, {@code <span>}) and {@code &nbsp;}. Each counts as a space, since an export writes a
 * tag where the original had a line or paragraph break. A {@code <} that does not open such a tag (5<10,
 * 《…<…》) is text.
 */
public final class Markup {
    /** The inside of a tag: a name, optionally closing or self-closing. */
    private static final Pattern TAG = Pattern.compile("/?[a-zA-Z]+\\s*/?");
    /** Longer than this between {@code <} and {@code >} is no tag of an export, but text. */
    private static final int MAX_TAG = 12;
    private static final String NBSP = "&nbsp;";

    private Markup() {}

    /**
     * The length of the markup that starts at {@code i} of {@code text} (a tag or {@code &nbsp;}), or 0 when none
     * starts there.
     */
    public static int lengthAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '<') {
            int close = tagClose(text, i);
            if (close > i && TAG.matcher(text.subSequence(i + 1, close)).matches()) return close - i + 1;
        } else if (c == '&' && i + NBSP.length() <= text.length() && text.subSequence(i, i + NBSP.length()).toString().equals(NBSP)) {
            return NBSP.length();
        }
        return 0;
    }

    /** {@code text} with each piece of markup replaced by one space; null becomes empty. */
    public static String strip(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            int n = lengthAt(text, i);
            if (n == 0) {
                if (out != null) out.append(text.charAt(i));
                continue;
            }
            if (out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            out.append(' ');
            i += n - 1;
        }
        return out == null ? text : out.toString();
    }

    // Looks no further than a tag can reach, so that text full of '<' stays linear.
    private static int tagClose(CharSequence s, int open) {
        for (int k = open + 1; k < Math.min(s.length(), open + MAX_TAG); k++) if (s.charAt(k) == '>') return k;
        return -1;
    }
}
