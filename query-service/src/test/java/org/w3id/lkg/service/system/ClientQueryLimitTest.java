package org.w3id.lkg.service.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A client whose query was cancelled waits out the penalty; others do not. The servlet API's test doubles stand in
 * for two clients so that the penalty (30 s by default) need not be waited out over HTTP: the HTTP path of the same
 * filter is covered by HostileRequestsTest.
 */
class ClientQueryLimitTest {
    @Test
    void aCancelledQueryKeepsItsClientOutForThePenalty() throws Exception {
        LkgProperties properties = new Binder(new MapConfigurationPropertySource(Map.of("lkg.long-query-penalty", "30s")))
                .bindOrCreate("lkg", LkgProperties.class);
        ClientQueryLimit filter = new ClientQueryLimit(properties);
        assertEquals(503, run(filter, "127.0.0.2", "timeout").getStatus());
        MockHttpServletResponse again = run(filter, "127.0.0.2", null);
        assertEquals(429, again.getStatus());
        assertTrue(Integer.parseInt(again.getHeader("Retry-After")) > 25, again.getHeader("Retry-After"));
        assertTrue(again.getContentAsString().contains("lkg.long-query-penalty"), again.getContentAsString());
        assertEquals(200, run(filter, "127.0.0.3", null).getStatus(), "another client is not held back");
        assertEquals(503, run(filter, "127.0.0.4", "busy").getStatus());
        assertEquals(429, run(filter, "127.0.0.4", null).getStatus(), "cancelled for load counts too");
        assertEquals(503, run(filter, "127.0.0.5", null, 503).getStatus());
        assertEquals(200, run(filter, "127.0.0.5", null).getStatus(), "a 503 for a store not ready is no offence");
    }

    private static MockHttpServletResponse run(ClientQueryLimit filter, String client, String reason) throws Exception {
        return run(filter, client, reason, reason == null ? 200 : 503);
    }

    private static MockHttpServletResponse run(ClientQueryLimit filter, String client, String reason, int status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
                if (reason != null) RequestTiming.reason(req, reason);
                resp.setStatus(status);
            }
        }));
        return response;
    }
}
