package org.w3id.lkg.ontology;

import java.util.OptionalLong;

/** Reads the numbers that legal text writes in Chinese or Arabic numerals: 四十九, 一百零二, 二万, 49, ４９. */
public final class ChineseNumber {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {}

    /** The value of {@code text}, or empty when it is not a number. 两 counts as 二, 〇 as 零, full-width digits as digits. */
    public static OptionalLong parse(String text) {
        if (text == null) return OptionalLong.empty();
        String s = text.strip();
        if (s.isEmpty()) return OptionalLong.empty();
        if (s.chars().allMatch(c -> Character.isDigit(c))) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) v = v * 10 + Character.digit(s.charAt(i), 10);
            return OptionalLong.of(v);
        }
        return parseChinese(s.replace('两', '二').replace('〇', '零').replace('壹', '一').replace('贰', '二')
                .replace('叁', '三').replace('拾', '十').replace('佰', '百').replace('仟', '千'));
    }

    /** Like {@link #parse} but for an int, throwing when {@code text} is not a number. */
    public static int parseInt(String text) {
        return (int) parse(text).orElseThrow(() -> new NumberFormatException("not a number: " + text));
    }

    private static OptionalLong parseChinese(String s) {
        long total = 0;      // completed 万/亿 groups
        long section = 0;    // value below 万 in progress
        long digit = -1;     // last digit seen, -1 when none pending
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) return OptionalLong.empty();
            if (unit >= 10_000) {
                section += Math.max(digit, 0);
                total = (total + section) * unit;
                section = 0;
            } else {
                // 十 alone at the start means 一十
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        if (digit > 0) section += digit;
        return OptionalLong.of(total + section);
    }
}
