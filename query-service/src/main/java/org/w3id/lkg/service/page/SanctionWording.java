package org.w3id.lkg.service.page;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.lkg.ontology.ChineseNumber;

/**
 * Writes a sanction as legal text writes it: {@code 一万元以下罚款}, {@code 二千元以上一万元以下罚款},
 * {@code 违法所得一倍以上五倍以下罚款}, {@code 停止执业三个月以上六个月以下}, {@code 警告}; {@code （情节严重的）}
 * after one that applies only then.
 */
public final class SanctionWording {
    private static final Pattern DURATION = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");

    private SanctionWording() {}

    /**
     * @param typeLabel   the type's Chinese label (罚款, 停止执业 …)
     * @param minYuan     fine bounds in yuan, or null
     * @param minMultiple bounds as multiples of illegal gains, or null
     * @param minDuration bounds as xsd:duration ({@code P3M}), or null
     */
    public static String write(String typeLabel, String minYuan, String maxYuan, String minMultiple, String maxMultiple,
                               String minDuration, String maxDuration, boolean serious) {
        String type = typeLabel == null ? "处罚" : typeLabel;
        String text;
        if (minYuan != null || maxYuan != null) text = range(yuan(minYuan), yuan(maxYuan)) + type;
        else if (minMultiple != null || maxMultiple != null) text = "违法所得" + range(times(minMultiple), times(maxMultiple)) + type;
        else if (minDuration != null || maxDuration != null) text = type + range(duration(minDuration), duration(maxDuration));
        else text = type;
        return serious ? text + "（情节严重的）" : text;
    }

    private static String range(String min, String max) {
        if (min != null && max != null) return min.equals(max) ? min : min + "以上" + max + "以下";
        return min != null ? min + "以上" : max + "以下";
    }

    /** 10000 → 一万元, 5000 → 五千元, 100000 → 十万元, 15000 → 一万五千元; other values in Arabic digits. */
    static String yuan(String amount) {
        if (amount == null) return null;
        return number(amount) + "元";
    }

    private static String times(String multiple) {
        return multiple == null ? null : number(multiple) + "倍";
    }

    private static String number(String value) {
        BigDecimal d;
        try {
            d = new BigDecimal(value).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return value;
        }
        if (d.scale() > 0 || d.signum() <= 0 || d.compareTo(BigDecimal.valueOf(100_000_000L)) >= 0) return d.toPlainString();
        int n = d.intValueExact();
        if (n < 10_000) return ChineseNumber.format(n);
        int wan = n / 10_000, rest = n % 10_000;
        String head = ChineseNumber.format(wan) + "万";
        if (rest == 0) return head;
        return head + (rest < 1000 ? "零" : "") + ChineseNumber.format(rest);
    }

    /** P3M → 三个月, P1Y → 一年, P15D → 十五日, P1Y6M → 一年六个月. */
    static String duration(String iso) {
        if (iso == null) return null;
        Matcher m = DURATION.matcher(iso);
        if (!m.matches()) return iso;
        StringBuilder b = new StringBuilder();
        String[] units = {"年", "个月", "周", "日"};
        for (int i = 0; i < 4; i++) {
            String g = m.group(i + 1);
            if (g != null && !g.equals("0")) b.append(ChineseNumber.format(Integer.parseInt(g))).append(units[i]);
        }
        return b.length() == 0 ? iso : b.toString();
    }
}
