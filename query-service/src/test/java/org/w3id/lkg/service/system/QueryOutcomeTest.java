package org.w3id.lkg.service.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status maps to one documented outcome tag. */
class QueryOutcomeTest {
    @ParameterizedTest(name = "{0} timedOut={1} → {2}")
    @CsvSource({
            "200, false, ok", "302, false, ok",
            "400, false, bad-request", "406, false, bad-request", "413, false, bad-request", "415, false, bad-request",
            "404, false, not-found",
            "403, false, refused", "429, false, refused",
            "503, true, timeout", "503, false, unavailable",
            "500, false, error", "502, false, error"})
    void statusGivesOutcome(int status, boolean timedOut, String tag) {
        assertEquals(tag, QueryOutcome.of(status, timedOut).tag());
    }
}
