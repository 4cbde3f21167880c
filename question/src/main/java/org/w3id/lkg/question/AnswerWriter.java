package org.w3id.lkg.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the one line of Chinese that says what the rows hold, in the intent's {@link AnswerMode}. */
final class AnswerWriter {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Map<String, String> SIGNS = Map.of(">", "超过 ", "≥", "不少于 ", "≤", "不超过 ", "<", "低于 ", "=", "达到 ");

    /** The sentence and, for counts and bounds, the number it states. */
    record Written(String text, Object value) {}

    private AnswerWriter() {}

    static Written write(Intent intent, List<Mention> mentions, List<Map<String, Object>> rows) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (Mention m : mentions) vars.putIfAbsent(m.kind().slot(), describe(m));
        Set<String> items = new LinkedHashSet<>();
        Set<String> direct = new LinkedHashSet<>();
        Set<String> vias = new LinkedHashSet<>();
        for (Map<String, Object> r : rows) {
            if (!r.containsKey("number")) continue;
            String key = r.get("section") + "-" + r.get("number");
            items.add(key);
            if (!Boolean.FALSE.equals(r.get("direct"))) direct.add(key);
        }
        Set<String> indirectItems = new LinkedHashSet<>(items);
        indirectItems.removeAll(direct);
        for (Map<String, Object> r : rows)
            if (r.get("via") != null && indirectItems.contains(r.get("section") + "-" + r.get("number"))) vias.add(r.get("via").toString());
        vars.put("n", Integer.toString(items.size()));
        vars.put("rows", Integer.toString(rows.size()));
        vars.put("indirect", indirectItems.isEmpty() ? "" : "，其中 " + indirectItems.size() + " 项"
                + (vias.isEmpty() ? "" : "通过" + String.join("、", vias)) + "间接依据");
        return switch (intent.mode()) {
            case ITEMS -> new Written(items.isEmpty() ? "没有找到" + fill(intent.template(), vars).replaceFirst("^共 0 项", "")
                    : fill(intent.template(), vars), items.size());
            case COUNT -> new Written(fill(intent.template(), vars), items.size());
            case SANCTIONS -> sanctions(intent, vars, rows);
            case MAX_FINE -> maxFine(intent, vars, rows);
            case TEXT -> text(vars, rows);
            case RANKING -> ranking(rows);
            case FINDINGS -> findings(intent, vars, rows);
            case LISTS -> lists(rows);
            case CITATIONS -> citations(intent, vars, rows);
            case DETAILS -> details(rows);
        };
    }

    private static String describe(Mention m) {
        if (m.kind() == EntityKind.AMOUNT) return SIGNS.get(m.label()) + m.value().toPlainString() + " 元";
        return m.label();
    }

    private static String fill(String template, Map<String, String> vars) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(vars.getOrDefault(m.group(1), "")));
        m.appendTail(b);
        return b.toString();
    }

    private static Written sanctions(Intent intent, Map<String, String> vars, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return new Written(fill(intent.template(), vars) + "：图中没有记录处罚", 0);
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            List<String> notes = byType.computeIfAbsent(Objects.toString(r.get("type")), k -> new ArrayList<>());
            String note = bounds(r);
            if (!note.isEmpty() && !notes.contains(note)) notes.add(note);
        }
        List<String> parts = new ArrayList<>();
        byType.forEach((type, notes) -> parts.add(notes.isEmpty() ? type : type + "（" + String.join("；", notes) + "）"));
        return new Written(fill(intent.template(), vars) + "：" + String.join("、", parts), byType.size());
    }

    private static String bounds(Map<String, Object> r) {
        List<String> b = new ArrayList<>();
        if (r.get("maxYuan") != null) b.add((r.get("minYuan") != null ? plain(r.get("minYuan")) + " 元以上" : "") + plain(r.get("maxYuan")) + " 元以下");
        else if (r.get("minYuan") != null) b.add(plain(r.get("minYuan")) + " 元以上");
        if (r.get("maxMultiple") != null) b.add((r.get("minMultiple") != null ? plain(r.get("minMultiple")) + " 倍以上" : "")
                + plain(r.get("maxMultiple")) + " 倍以下");
        if (r.get("maxDuration") != null) b.add("最长 " + duration(r.get("maxDuration").toString()));
        if (Boolean.TRUE.equals(r.get("serious"))) b.add("情节严重的");
        return String.join("，", b);
    }

    // xsd:duration as the statutes write it: P6M → 6 个月, P1Y → 1 年, P15D → 15 日.
    private static String duration(String d) {
        Matcher m = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?").matcher(d);
        if (!m.matches()) return d;
        StringBuilder b = new StringBuilder();
        if (m.group(1) != null) b.append(m.group(1)).append(" 年");
        if (m.group(2) != null) b.append(m.group(2)).append(" 个月");
        if (m.group(3) != null) b.append(m.group(3)).append(" 日");
        return b.toString();
    }

    private static Written maxFine(Intent intent, Map<String, String> vars, List<Map<String, Object>> rows) {
        String key = intent.template().contains("最低") ? "minYuan" : "maxYuan";
        boolean lowest = key.equals("minYuan");
        Map<String, Object> best = null;
        for (Map<String, Object> r : rows) {
            Object v = r.get(key) != null ? r.get(key) : r.get("fine" + Character.toUpperCase(key.charAt(0)) + key.substring(1));
            if (v == null) continue;
            int c = best == null ? 0 : new BigDecimal(v.toString()).compareTo(new BigDecimal(best.get("_v").toString()));
            if (best == null || (lowest ? c < 0 : c > 0)) {
                best = new LinkedHashMap<>(r);
                best.put("_v", v);
            }
        }
        String subject = fill(intent.template(), vars);
        if (best == null) {
            boolean multiples = rows.stream().anyMatch(r -> r.get("maxMultiple") != null);
            return new Written(subject + (lowest ? "：没有规定以元计的最低罚款" : multiples ? "没有以元计的罚款上限，罚款按违法所得的倍数计"
                    : "没有以元计的罚款"), null);
        }
        BigDecimal v = new BigDecimal(best.get("_v").toString());
        String where = best.get("provision") != null ? best.get("provision").toString()
                : best.get("statute") != null ? best.get("statute") + "第" + best.get("article") + "条" : "";
        return new Written(subject + " " + v.toPlainString() + " 元" + (where.isEmpty() ? "" : "（" + where + "）"), v);
    }

    private static Written text(Map<String, String> vars, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return new Written("清单没有引用" + vars.getOrDefault("article", "该条文") + "的原文", null);
        Map<String, Object> r = rows.get(0);
        return new Written(r.get("label") + "：" + r.get("text").toString().replaceAll("\\s+", " "), r.get("label"));
    }

    private static Written ranking(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return new Written("没有事项引用任何条文", null);
        List<String> top = rows.stream().limit(3).map(r -> r.get("label") + "（" + r.get("citedBy") + " 项事项）").toList();
        return new Written("被引用最多的条文是" + top.get(0) + (top.size() > 1 ? "，其次是" + String.join("、", top.subList(1, top.size())) : ""),
                rows.get(0).get("label"));
    }

    private static Written findings(Intent intent, Map<String, String> vars, List<Map<String, Object>> rows) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        rows.forEach(r -> byKind.merge(Objects.toString(r.get("kind")), 1, Integer::sum));
        List<String> parts = byKind.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue() + " 条").toList();
        return new Written(fill(intent.template(), vars) + "共 " + rows.size() + " 条数据质量发现"
                + (parts.isEmpty() ? "" : "：" + String.join("、", parts)), rows.size());
    }

    private static Written citations(Intent intent, Map<String, String> vars, List<Map<String, Object>> rows) {
        List<String> cited = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String what = Objects.toString(r.getOrDefault("provision", r.get("statute")));
            if (Boolean.FALSE.equals(r.get("direct"))) what += "（间接" + (r.get("via") == null ? "" : "，经由" + r.get("via")) + "）";
            if (!cited.contains(what)) cited.add(what);
        }
        String subject = fill(intent.template(), vars);
        return new Written(cited.isEmpty() ? subject + "：清单没有列出" : subject + "：" + String.join("、", cited), cited.size());
    }

    private static Written details(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return new Written("图中没有这一事项", null);
        Map<String, Object> r = rows.get(0);
        StringBuilder b = new StringBuilder().append(r.get("itemName")).append("（").append(r.get("section")).append('-')
                .append(r.get("number")).append("）");
        if (r.get("powerType") != null) b.append("：").append(r.get("powerType"));
        if (r.get("body") != null) b.append("，由").append(r.get("body")).append("行使");
        if (r.get("unit") != null) b.append("，").append(r.get("unit")).append("承办");
        if (r.get("parties") != null && !r.get("parties").toString().isEmpty()) b.append("；相对人：").append(r.get("parties"));
        return new Written(b.toString(), r.get("section") + "-" + r.get("number"));
    }

    private static Written lists(List<Map<String, Object>> rows) {
        long items = rows.stream().mapToLong(r -> ((Number) r.getOrDefault("items", 0L)).longValue()).sum();
        String which = rows.size() == 1 ? Objects.toString(rows.get(0).get("title")).replaceFirst("（.*$", "").replaceFirst("\\(.*$", "") : "共 " + rows.size() + " 份清单";
        return new Written(which + "共有 " + items + " 项事项", items);
    }

    private static String plain(Object n) { return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString(); }
}
