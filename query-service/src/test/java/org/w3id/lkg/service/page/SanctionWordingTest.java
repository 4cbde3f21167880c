package org.w3id.lkg.service.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sanctions written as the law writes them, from the bounds in the graph. */
class SanctionWordingTest {
    @ParameterizedTest(name = "{8}")
    @CsvSource(nullValues = "-", value = {
            "罚款, -, 10000, -, -, -, -, false, 一万元以下罚款",
            "罚款, -, 5000, -, -, -, -, false, 五千元以下罚款",
            "罚款, 2000, 10000, -, -, -, -, false, 二千元以上一万元以下罚款",
            "罚款, -, 100000, -, -, -, -, false, 十万元以下罚款",
            "罚款, -, 15000, -, -, -, -, false, 一万五千元以下罚款",
            "罚款, -, 10500, -, -, -, -, false, 一万零五百元以下罚款",
            "罚款, 1000, -, -, -, -, -, false, 一千元以上罚款",
            "罚款, -, -, 1, 5, -, -, false, 违法所得一倍以上五倍以下罚款",
            "停止执业, -, -, -, -, P3M, P6M, true, 停止执业三个月以上六个月以下（情节严重的）",
            "停止执业, -, -, -, -, -, P3M, false, 停止执业三个月以下",
            "停业整顿, -, -, -, -, P1M, P6M, false, 停业整顿一个月以上六个月以下",
            "停止执业, -, -, -, -, P3M, P1Y, false, 停止执业三个月以上一年以下",
            "警告, -, -, -, -, -, -, false, 警告",
            "罚款, -, 0.5, -, -, -, -, false, 0.5元以下罚款"})
    void writesTheBounds(String type, String minYuan, String maxYuan, String minMultiple, String maxMultiple,
                         String minDuration, String maxDuration, boolean serious, String expected) {
        assertEquals(expected, SanctionWording.write(type, minYuan, maxYuan, minMultiple, maxMultiple, minDuration, maxDuration, serious));
    }
}
