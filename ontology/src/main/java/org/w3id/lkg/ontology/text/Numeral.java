package org.w3id.lkg.ontology.text;

import java.util.OptionalLong;

import org.w3id.lkg.ontology.ChineseNumber;

/**
 * The numeral grammar of legal text, the one place that says which characters make a number: Chinese numerals
 * with 〇/零, 两, the units 十百千万亿, Arabic and full-width digits (四十九, 一百零二, 两千, 二〇一七, 49, ４９).
 * Patterns embed {@link #PATTERN}; {@link #value} reads what they matched ({@link ChineseNumber} holds the
 * arithmetic), so whatever a pattern takes, the reader accepts or refuses as a whole.
 */
public final class Numeral {
    private static final String HAN = "〇零一二两三四五六七八九十百千万亿";
    private static final String CHARS = "0-9０-９" + HAN;

    /** One numeral character, as a regular-expression class. */
    public static final String CLASS = "[" + CHARS + "]";

    /** A numeral: one or more numeral characters, to embed in a regular expression (第(?:PATTERN)条). */
    public static final String PATTERN = CLASS + "+";

    /**
     * The Chinese numeral of an enumerator, as lists and statutes number points and entries (（一）, 三、, （十二）):
     * one to three characters of 一…十, so 一 to 九十九; a longer run is text, not a marker.
     */
    public static final String ENUMERATOR = "[一二三四五六七八九十]{1,3}";

    private Numeral() {}

    /** Whether {@code c} can be part of a numeral. */
    public static boolean isNumeralChar(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || HAN.indexOf(c) >= 0;
    }

    /** The value of {@code numeral}; empty when it is not one (四四十, 十a). */
    public static OptionalLong value(String numeral) {
        return ChineseNumber.parse(numeral);
    }
}
