package org.w3id.lkg.ingest.list;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The power type a list writes, as the power-type scheme names it: 行政处罚类 → 行政处罚, 其他职权类 → 其他行政权力,
 * a section label 一、行政许可 → 行政许可; and, where a list has no type column, the type its item name states
 * (对…的行政处罚 → 行政处罚), which is then an inference and marked so.
 */
public final class PowerTypeName {
    /** The types of the national classification (国务院 权责清单 guidance), as the scheme labels them. */
    private static final List<String> STANDARD = List.of("行政许可", "行政处罚", "行政强制", "行政征收", "行政给付",
            "行政检查", "行政确认", "行政奖励", "行政裁决", "行政征用", "其他行政权力");
    private static final Map<String, String> ALIASES = Map.of("其他职权", "其他行政权力", "其他权力", "其他行政权力",
            "其他行政职权", "其他行政权力", "其他", "其他行政权力", "其他权责事项", "其他行政权力");
    private static final Pattern ENUMERATOR = Pattern.compile("^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\\d{1,2}[、.．])\\s*");
    private static final Pattern SUFFIX = Pattern.compile("(类|事项|类事项)$");
    private static final Pattern FROM_NAME = Pattern.compile(
            "(?:(行政(?:许可|处罚|强制|征收|给付|检查|确认|奖励|裁决))|的(处罚|检查|奖励|表彰))$");

    private PowerTypeName() {}

    /**
     * The scheme's label for a written type when it is one of the standard types or an alias of one
     * (行政处罚类, 其他职权类, 一、行政许可), else null; a written type the scheme knows as such needs no mapping.
     */
    public static String canonical(String written) {
        if (written == null) return null;
        String t = ENUMERATOR.matcher(written.strip()).replaceFirst("");
        if (STANDARD.contains(t)) return t;
        String bare = SUFFIX.matcher(t).replaceFirst("");
        if (STANDARD.contains(bare)) return bare;
        return ALIASES.get(bare);
    }

    /** The type an item's name states (对律师事务所的行政处罚 → 行政处罚), or null when it states none. */
    public static String fromItemName(String name) {
        Matcher m = FROM_NAME.matcher(name.strip().replaceAll("[（(][^（）()]*[）)]$", ""));
        if (!m.find()) return null;
        if (m.group(1) != null) return m.group(1);
        return switch (m.group(2)) {
            case "处罚" -> "行政处罚";
            case "检查" -> "行政检查";
            default -> "行政奖励";
        };
    }
}
