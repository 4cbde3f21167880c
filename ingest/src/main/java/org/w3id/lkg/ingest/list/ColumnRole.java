package org.w3id.lkg.ingest.list;

import java.util.List;
import java.util.regex.Pattern;

/** What a column of a power list means, whatever a city calls it; the synonyms are the header names we accept. */
public enum ColumnRole {
    NUMBER("序号", "编号", "事项序号"),
    CODE("权力编码", "事项编码", "职权编码", "基本编码", "编码"),
    NAME("事项名称", "权力名称", "职权名称", "项目名称", "权力事项名称", "权责事项名称", "事项"),
    SUB_ITEM("子项名称", "子项", "权力子项", "子项事项名称"),
    POWER_TYPE("权力类型", "权力类别", "职权类别", "职权类型", "事项类型", "事项类别", "类别", "类型"),
    BASIS("实施依据", "设定依据", "权力依据", "法律依据", "职权依据", "依据", "设定和实施依据"),
    BODY("行使主体", "实施主体", "责任主体", "实施机关", "行使机关"),
    UNIT("承办机构", "承办科室", "责任处室", "责任科室", "承办机构（科室）", "内设机构", "责任股室"),
    LEVEL("实施层级及权限", "实施层级", "行使层级", "层级"),
    SCOPE("实施权限", "行使权限", "权限"),
    DUTY("部门职责", "职责", "职责边界"),
    RESPONSIBILITY("责任事项内容", "责任事项", "责任事项内容及要求"),
    RESPONSIBILITY_BASIS("责任事项依据", "责任依据"),
    ACCOUNTABLE("追责对象范围", "追责对象"),
    ACCOUNTABILITY("追责情形", "问责情形", "追责情形及依据"),
    REMARK("备注", "说明");

    private final List<String> names;

    ColumnRole(String... names) { this.names = List.of(names); }

    /** The header name this role is shown with. */
    public String label() { return names.get(0); }

    public List<String> names() { return names; }

    /** What a header may carry around its name: spaces (ideographic too) and the asterisks of required columns. */
    // Declared before BY_NAME, whose building uses it: static fields are set in order.
    private static final Pattern DECORATION = Pattern.compile("[\\s　*＊]");

    // Every row is tried as a header, so the synonyms are normalised once, not per cell.
    private static final java.util.Map<String, ColumnRole> BY_NAME = byName();

    private static java.util.Map<String, ColumnRole> byName() {
        java.util.Map<String, ColumnRole> m = new java.util.HashMap<>();
        for (ColumnRole role : values()) for (String n : role.names) m.putIfAbsent(normalise(n), role);
        return java.util.Map.copyOf(m);
    }

    /** The role a header cell names, or null; exact names only, so nothing is guessed. */
    public static ColumnRole of(String header) {
        return BY_NAME.get(normalise(header));
    }

    static String normalise(String header) {
        return DECORATION.matcher(CellText.of(header, 1).text()).replaceAll("")
                .replace('（', '(').replace('）', ')');
    }
}
