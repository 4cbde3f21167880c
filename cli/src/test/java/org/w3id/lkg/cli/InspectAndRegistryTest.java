package org.w3id.lkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code lkg inspect} and {@code lkg registry unknown} on lists of the corpus, as a curator runs them. */
class InspectAndRegistryTest {
    static final Path CITIES = Path.of("../ingest/src/test/resources/cities");   // the corpus stays beside its test in ingest

    @Test
    void inspectShowsTheSettledTwoRowHeaderWithEachColumnsRoleOrWhyNone() {
        Path list = CITIES.resolve("shizhu-disclosure-two-row-header.tsv");
        CommandRun run = CommandRun.of("inspect", list.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("== " + list + " (text)", lines.get(0));
        assertEquals("title: 石柱县公共法律服务领域政务公开标准目录(2023年) (" + list + ":1:1)", lines.get(1));
        assertEquals("header at " + list + ":2:1 (two rows, merged cells):", lines.get(2));
        assertEquals("  B  公开事项/一级事项 → power_type (权力类型)", lines.get(4));
        assertEquals("  C  公开事项/二级事项 → name (事项名称)", lines.get(5));
        assertEquals("  I  公开对象/全社会 → no role: names no known column; kept on each item as a labelled value", lines.get(11));
        assertTrue(lines.contains("items: 3"), run.out());
        assertTrue(lines.contains("  公开对象/全社会 (kept): √"), run.out());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("header at")).count(), "one header, once settled: " + run.out());
    }

    @Test
    void registryUnknownCountsTheTitlesTheRegistryLacksAcrossLists() {
        CommandRun run = CommandRun.of("registry", "unknown", CITIES.resolve("shizhu-disclosure-two-row-header.tsv").toString(),
                CITIES.resolve("fengjie-disclosure-rowspan-colspan.html").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("citations\tlists\ttitle\tinferred rank", lines.get(0));
        assertEquals("4\t2\t中华人民共和国政府信息公开条例\tadministrative-regulation", lines.get(1));
        assertEquals("3\t2\t中华人民共和国行政许可法\tlaw", lines.get(2));
        assertTrue(lines.contains("1\t1\t重庆市司法鉴定条例\tlocal-regulation, 重庆市"), run.out());
        assertTrue(lines.stream().noneMatch(l -> l.contains("\t基层法律服务工作者管理办法\t")), "a registered title is not unknown: " + run.out());
        assertEquals(14, lines.size(), run.out());
    }
}
