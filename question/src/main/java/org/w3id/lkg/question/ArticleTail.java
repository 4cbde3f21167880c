package org.w3id.lkg.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article reference ends after a statute's name in a question: 第四十九条, 四十九条, 49条, 第49条第1款,
 * 第四十九条第一款第三项, or a bare 49. Only the span is found here; the reference itself is read and resolved by
 * sparql's {@code ProvisionReference} and {@code ProvisionResolver}, exactly as {@code /api/resolve} does.
 */
final class ArticleTail {
    private static final String NUM = "[0-9零〇一二两三四五六七八九十百千]+";
    private static final Pattern TAIL = Pattern.compile(
            "^[》〉>]?\\s*(?:\\(\\d{4}年[^()]*\\)\\s*)?"
            + "(?:(?:第\\s*)?" + NUM + "\\s*条(?!例)(?:\\s*第?\\s*" + NUM + "\\s*款)?(?:\\s*第?\\s*\\(?" + NUM + "\\)?\\s*项)?"
            + "|[0-9]+(?![0-9.]*\\s*(?:万|千|元|年|月|日|项|件|个|次|%)))");

    private ArticleTail() {}

    /** The length of the reference tail at {@code from} in {@code text}, 0 when none follows. */
    static int at(String text, int from) {
        Matcher m = TAIL.matcher(text).region(from, text.length());
        m.useAnchoringBounds(true);
        return m.lookingAt() ? m.end() - from : 0;
    }
}
