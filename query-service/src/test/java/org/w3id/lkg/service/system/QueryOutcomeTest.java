package org.w3id.lkg.service.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status maps to one documented outcome tag. */
class QueryOutcomeTest {
    @ParameterizedTest(name = "{0} reason={1} → {2}")
    @CsvSource({
            "200, , ok", "302, , ok",
            "400, , bad-request", "406, , bad-request", "413, , bad-request", "415, , bad-request",
            "404, , not-found",
            "403, , refused", "429, , refused",
            "503, timeout, timeout", "503, busy, busy", "503, , unavailable",
            "500, , error", "502, , error"})
    void statusGivesOutcome(int status, String reason, String tag) {
        assertEquals(tag, QueryOutcome.of(status, reason).tag());
    }
}
