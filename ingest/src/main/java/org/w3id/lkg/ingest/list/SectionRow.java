package org.w3id.lkg.ingest.list;

import java.util.regex.Pattern;

/**
 * A row that opens a section of the catalogue rather than holding an item: one value across the row, such as
 * 一、律师管理, （二）公证管理, 行政处罚类, 第二部分 or a power type on its own (行政检查).
 */
final class SectionRow {
    private static final Pattern ENUMERATED = Pattern.compile("^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)\\s*\\S.{0,30}$");
    private static final Pattern TYPE_GROUP = Pattern.compile("^[\\p{IsHan}]{2,10}类(事项)?(（[^）]*）|\\([^)]*\\))?$");

    private SectionRow() {}

    /** Whether a lone value reads as a section label. */
    static boolean isSection(String text) {
        String t = text.strip();
        if (t.length() > 40) return false;
        return ENUMERATED.matcher(t).matches() || TYPE_GROUP.matcher(t).matches() || PowerTypeName.canonical(t) != null;
    }
}
