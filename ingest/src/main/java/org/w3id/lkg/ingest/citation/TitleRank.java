package org.w3id.lkg.ingest.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rank (and region) a document's title and version note suggest, for documents the registry does not know:
 * 省/自治区/市 + 条例 → 地方性法规; 部令 + 办法/规定 → 部门规章; 省/市人民政府 + 办法/规定 (or 政府令) → 地方政府规章;
 * 中华人民共和国…法 → 法律; a bare 条例 → 行政法规; a document number 〔2020〕59号 → 规范性文件. An inference, marked so.
 */
public final class TitleRank {
    /** A rank key of the legal-rank scheme with where it came from, and the region the title names (or null). */
    public record Inference(String rankKey, String region, String reason) {}

    private static final Pattern REGION = Pattern.compile(
            "^((?:[\\p{IsHan}]{2,8}?(?:省|自治区|特别行政区))?(?:[\\p{IsHan}]{2,10}?(?:市|自治州|地区|盟))?(?:[\\p{IsHan}]{2,8}?(?:县|区|旗))?)");
    private static final Pattern PROVINCE_OR_CITY = Pattern.compile("^[\\p{IsHan}]{2,8}?(省|自治区|市)");

    private TitleRank() {}

    /** What the title (and its version note, may be null) say of the rank; null when they say nothing. */
    public static Inference infer(String title, String versionNote) {
        String t = title.strip();
        String note = versionNote == null ? "" : versionNote;
        String region = region(t);
        if (t.startsWith("中华人民共和国") && t.endsWith("法")) return new Inference("law", null, "a 中华人民共和国…法 is a law");
        if (t.startsWith("全国人民代表大会常务委员会关于") && t.endsWith("决定")) return new Inference("law", null, "a decision of the NPC Standing Committee");
        if (note.matches(".*〔\\d{4}〕\\d+号.*") || t.matches(".*(通知|意见)$")) return new Inference("normative-document", region, "a document number or a 通知/意见");
        if (region != null && t.endsWith("条例")) return new Inference("local-regulation", region, region + " + 条例");
        if (region != null && (note.contains("人民政府令") || note.contains("政府令") || t.contains("人民政府")) && t.matches(".*(办法|规定|细则)$")) {
            return new Inference("local-government-rule", region, region + "人民政府 + 办法/规定");
        }
        if (note.matches(".*部令.*") && t.matches(".*(办法|规定|细则|规则)$")) return new Inference("departmental-rule", null, "部令 + 办法/规定");
        if (note.contains("国务院令") || (region == null && t.endsWith("条例")) || t.startsWith("国务院")) {
            return new Inference("administrative-regulation", null, "国务院令 or a national 条例");
        }
        return null;
    }

    /** The place a title begins with (浙江省, 衢州市, 新疆维吾尔自治区), or null. */
    static String region(String title) {
        if (title.startsWith("中共")) title = title.substring(2);   // 中共重庆市委办公厅…: the party committee of 重庆市
        if (title.startsWith("中华人民共和国") || !PROVINCE_OR_CITY.matcher(title).find()) return null;
        Matcher m = REGION.matcher(title);
        return m.find() && !m.group(1).isEmpty() ? m.group(1) : null;
    }
}
