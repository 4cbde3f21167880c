package org.w3id.lkg.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.lkg.ontology.ChineseNumber;

/**
 * Amounts of money in a question and how they are compared: 超过一万元 (&gt; 10000), 一万元以上 and 不少于1万元 (≥),
 * 五千元以下, 不超过5000元 and 最多罚款三千元 (≤), 低于五千元 (&lt;), a bare 10000元 (=, read as "can reach it"). Numerals are read by
 * the project's one rule ({@link ChineseNumber}: 一万, 1万, 两万, 10000); 1.5万 works too.
 */
final class AmountPhrase {
    /** How a question compares a fine's ceiling with an amount. */
    enum Comparison {
        MORE_THAN(">"), AT_LEAST("≥"), AT_MOST("≤"), LESS_THAN("<"), EQUAL("=");

        final String sign;

        Comparison(String sign) { this.sign = sign; }

        static Comparison ofSign(String sign) {
            for (Comparison c : values()) if (c.sign.equals(sign)) return c;
            throw new IllegalArgumentException(sign);
        }
    }

    private static final String NUMERAL = "[0-9]+\\.[0-9]+[十百千万亿]*|[0-9零〇一二两三四五六七八九十百千万亿]+";
    // longer cue words first: 不超过 before 超过
    private static final String BEFORE = "不超过|不高于|不多于|不大于|不少于|不低于|不小于|超过|高于|多于|大于|至少|最少|达到|至多|最多|低于|少于|小于|不到|不足";
    private static final String AFTER = "及以上|及以下|以上|以下|以内|之内|之上|之下";
    private static final Pattern AMOUNT = Pattern.compile(
            "(" + BEFORE + ")?\\s*(?:罚款|罚|处以|处)?\\s*(" + NUMERAL + ")\\s*(元|块钱|块)\\s*(?:人民币)?\\s*(" + AFTER + ")?");

    private AmountPhrase() {}

    /** Every amount in {@code text} with its comparison, as {@link EntityKind#AMOUNT} mentions. */
    static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            BigDecimal yuan = yuan(m.group(2));
            if (yuan == null) continue;
            Comparison c = comparison(m.group(1), m.group(4));
            out.add(new Mention(m.start(), m.end(), m.group(), EntityKind.AMOUNT, null, c.sign, yuan));
        }
        return out;
    }

    private static Comparison comparison(String before, String after) {
        if (before != null) return switch (before) {
            case "超过", "高于", "多于", "大于" -> Comparison.MORE_THAN;
            case "不少于", "不低于", "不小于", "至少", "最少", "达到" -> Comparison.AT_LEAST;
            case "不超过", "不高于", "不多于", "不大于", "至多", "最多" -> Comparison.AT_MOST;
            default -> Comparison.LESS_THAN;
        };
        if (after == null) return Comparison.EQUAL;
        return after.endsWith("上") ? Comparison.AT_LEAST : Comparison.AT_MOST;
    }

    // 1.5万 is no integer numeral: the digits and the unit are read apart.
    private static BigDecimal yuan(String numeral) {
        Matcher d = Pattern.compile("([0-9]+\\.[0-9]+)([十百千万亿]*)").matcher(numeral);
        if (d.matches()) {
            OptionalLong unit = d.group(2).isEmpty() ? OptionalLong.of(1) : ChineseNumber.parse("一" + d.group(2));
            return unit.isPresent() ? new BigDecimal(d.group(1)).multiply(BigDecimal.valueOf(unit.getAsLong())).stripTrailingZeros() : null;
        }
        if (numeral.matches("^[十百千万亿].*") && !numeral.startsWith("十")) return null;   // 万元 alone is no amount
        OptionalLong v = ChineseNumber.parse(numeral);
        return v.isPresent() && v.getAsLong() > 0 ? BigDecimal.valueOf(v.getAsLong()) : null;
    }
}
