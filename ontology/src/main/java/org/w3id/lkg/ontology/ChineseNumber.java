package org.w3id.lkg.ontology;

import java.util.OptionalLong;

/** Reads the numbers that legal text writes in Chinese or Arabic numerals: 四十九, 一百零二, 二万, 49, ４９. */
public final class ChineseNumber {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final long WAN = 10_000L;
    private static final long YI = 100_000_000L;

    private ChineseNumber() {}

    /**
     * The value of {@code text}, or empty when it is not a number. 两 counts as 二, 〇 as 零, financial
     * numerals (壹贰叁…拾佰仟) as plain ones, full-width digits as digits; digits without units read
     * positionally (二〇一七 → 2017), and a trailing digit after a unit is the next place (一万五 → 15000).
     */
    public static OptionalLong parse(String text) {
        if (text == null) return OptionalLong.empty();
        String s = normalise(text.strip());
        if (s.isEmpty() || s.length() > 18) return OptionalLong.empty(); // 19 digits may overflow a long
        if (s.chars().allMatch(Character::isDigit)) return OptionalLong.of(Long.parseLong(asciiDigits(s)));
        if (s.chars().allMatch(c -> DIGITS.indexOf(c) >= 0)) return OptionalLong.of(positional(s));
        return withUnits(s);
    }

    /** Like {@link #parse} but for an int, throwing {@link NumberFormatException} when {@code text} is not one. */
    public static int parseInt(String text) {
        long v = parse(text).orElseThrow(() -> new NumberFormatException("not a number: " + text));
        if (v > Integer.MAX_VALUE) throw new NumberFormatException("too large for an int: " + text);
        return (int) v;
    }

    private static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = "两〇壹贰叁肆伍陆柒捌玖拾佰仟萬".indexOf(c);
            out.append(i < 0 ? c : "二零一二三四五六七八九十百千万".charAt(i));
        }
        return out.toString();
    }

    // Long.parseLong takes only ASCII digits; full-width ４９ must be folded first.
    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.chars().forEach(c -> out.append((char) ('0' + Character.digit(c, 10))));
        return out.toString();
    }

    private static long positional(String s) {
        long v = 0;
        for (char c : s.toCharArray()) v = v * 10 + DIGITS.indexOf(c);
        return v;
    }

    private static OptionalLong withUnits(String s) {
        Accumulator acc = new Accumulator();
        boolean arabicRun = false;
        for (char c : s.toCharArray()) {
            boolean ok;
            if (Character.isDigit(c)) ok = acc.arabic(Character.digit(c, 10), arabicRun);
            else if (DIGITS.indexOf(c) >= 0) ok = acc.digit(DIGITS.indexOf(c));
            else ok = acc.unit(unitOf(c));
            if (!ok) return OptionalLong.empty();
            arabicRun = Character.isDigit(c);
        }
        return OptionalLong.of(acc.total());
    }

    // yi, wan and section hold the parts above 亿, between 万 and 亿, and below 万, so that 一亿二千万
    // multiplies only 二千 by 万. A digit left over at the end counts one place below the last unit
    // (一百五 = 150) unless a 零 came before it (一百零五 = 105) or it is written in Arabic digits.
    private static final class Accumulator {
        long yi, wan, section, digit = -1, lastUnit = 1;
        boolean zero, chineseDigit;

        boolean digit(int d) {
            if (digit > 0) return false; // 四四十 is no number
            zero |= d == 0;
            digit = d;
            chineseDigit = true;
            return true;
        }

        // Arabic digits mixed with units (5万, 10万元): a run of them is one multi-digit number.
        boolean arabic(int d, boolean continuesRun) {
            if (!continuesRun && digit > 0) return false;
            digit = continuesRun ? digit * 10 + d : d;
            zero |= !continuesRun && d == 0;
            chineseDigit = false;
            return true;
        }

        boolean unit(long unit) {
            if (unit < 0) return false;
            long below = section + Math.max(digit, 0);
            if (unit == YI) {
                yi = (yi + wan + below == 0 ? 1 : yi + wan + below) * YI;
                wan = section = 0;
            } else if (unit == WAN) {
                wan = (below == 0 ? 1 : below) * WAN;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit; // 十 alone means 一十
            }
            lastUnit = unit;
            digit = -1;
            zero = false;
            return true;
        }

        long total() {
            // Only a single Chinese digit is the spoken abbreviation; 1万5000 means 15000, not 5010000.
            boolean abbreviated = chineseDigit && !zero;
            long tail = digit <= 0 ? 0 : abbreviated ? digit * Math.max(lastUnit / 10, 1) : digit;
            return yi + wan + section + tail;
        }
    }

    private static long unitOf(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> WAN;
            case '亿' -> YI;
            default -> -1;
        };
    }

    /** Writes 1..9999 as legal text does: 1 → 一, 10 → 十, 12 → 十二, 49 → 四十九, 102 → 一百零二, 110 → 一百一十. */
    public static String format(int n) {
        if (n <= 0 || n >= 10000) return Integer.toString(n);
        StringBuilder b = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String names = "千百十";
        boolean zero = false;
        for (int i = 0; i < units.length; i++) {
            int d = n / units[i] % 10;
            if (d == 0) {
                zero = b.length() > 0;
                continue;
            }
            if (zero) { b.append('零'); zero = false; }
            if (!(d == 1 && units[i] == 10 && b.length() == 0)) b.append("零一二三四五六七八九".charAt(d));
            if (i < 3) b.append(names.charAt(i));
        }
        return b.toString();
    }
}
