package org.w3id.lkg.ingest.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.lkg.ingest.table.DecodedText;
import org.w3id.lkg.ingest.table.DelimitedTableReader;
import org.w3id.lkg.ingest.table.Dialect;

/**
 * Layouts the corpus does not show, one small list each: what the reader makes of it, as
 * sections (label) and items (section-number name [type] +sub-item rows).
 */
class LayoutCasesTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("header repeated before every record", """
                        序号\t事项名称\t权力类型\t实施依据
                        1\t对律师的处罚\t行政处罚\t《律师法》第四十九条
                        序号\t事项名称\t权力类型\t实施依据
                        2\t对律师事务所的处罚\t行政处罚\t《律师法》第五十条
                        """, List.of("1-1 对律师的处罚 [行政处罚]", "1-2 对律师事务所的处罚 [行政处罚]")),
                Arguments.of("section rows, empty rows between sections, 序号 restarting", """
                        序号\t事项名称\t权力类型\t实施依据
                        一、律师管理\t\t\t
                        1\t对律师的处罚\t行政处罚\t《律师法》第四十九条

                        二、公证管理\t\t\t
                        1\t对公证员的处罚\t行政处罚\t《公证法》第四十一条
                        """, List.of("§1 一、律师管理", "1-1 对律师的处罚 [行政处罚]", "§2 二、公证管理", "2-1 对公证员的处罚 [行政处罚]")),
                Arguments.of("a type group as a section row, the types written with 类", """
                        序号\t职权名称\t清单事项种类\t设立依据\t实施机构
                        行政处罚类\t\t\t\t
                        1.0\t对律师的处罚\t行政处罚类\t《律师法》第四十九条\t县司法局
                        其他职权类\t\t\t\t
                        1.0\t法律援助\t其他职权类\t《法律援助法》第十三条\t县司法局
                        """, List.of("§1 行政处罚类", "1-1 对律师的处罚 [行政处罚类]", "§2 其他职权类", "2-1 法律援助 [其他职权类]")),
                Arguments.of("an item name repeated over its sub-item rows, 序号 left empty below", """
                        序号\t事项名称\t子项名称\t权力类型\t实施依据
                        1\t律师事务所设立、变更、注销\t设立许可\t行政许可\t《律师法》第十八条
                        \t律师事务所设立、变更、注销\t变更审核\t行政许可\t《律师法》第二十一条
                        2\t公证机构设立\t\t行政许可\t《公证法》第九条
                        """, List.of("1-1 律师事务所设立、变更、注销 [行政许可] +1", "1-2 公证机构设立 [行政许可]")),
                Arguments.of("a title line padded with empty cells above the header, a note at the end", """
                        某县司法局执法事项目录\t\t\t
                        执法事项名称\t执法类别\t执法主体\t执法依据
                        对律师的处罚\t行政处罚\t县司法局\t《律师法》第四十九条
                        注：本目录动态调整\t\t\t
                        """, List.of("1-1 对律师的处罚 [行政处罚]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theListReadsAsExpected(String layout, String tsv, List<String> expected) {
        List<String> read = new ArrayList<>();
        new DelimitedTableReader(Dialect.TSV).read(new DecodedText("case.tsv", tsv, java.nio.charset.StandardCharsets.UTF_8),
                new PowerListReader(new PowerListHandler() {
                    @Override
                    public void section(int number, String label, Integer declared, org.w3id.lkg.ingest.table.SourcePosition at) {
                        if (label != null) read.add("§" + number + " " + label);
                    }

                    @Override
                    public void item(PowerItemRecord r) {
                        read.add(r.section() + "-" + r.number() + " " + r.name() + " [" + r.text(ColumnRole.POWER_TYPE) + "]"
                                + (r.subItems().isEmpty() ? "" : " +" + r.subItems().size()));
                    }

                    @Override
                    public void finding(Finding f) {}
                }));
        assertEquals(expected, read, layout);
    }
}
