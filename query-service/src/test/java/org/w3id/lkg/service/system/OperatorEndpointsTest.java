package org.w3id.lkg.service.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What a client from another machine sees of the actuator. The servlet API's test doubles stand in for the remote
 * client: tests may send traffic only over loopback, which is exactly the address this filter trusts.
 */
class OperatorEndpointsTest {
    private static final String HEALTH = "{\"status\":\"UP\",\"components\":{\"store\":{\"details\":{\"store\":\"/home/me/data/tdb2\"}}}}";

    @Test
    void aRemoteClientGetsTheHealthStatusAloneAndNoOtherActuatorPath() throws Exception {
        OperatorEndpoints filter = new OperatorEndpoints(false);
        MockHttpServletResponse health = run(filter, "203.0.113.5", "/actuator/health");
        assertEquals(200, health.getStatus());
        assertEquals("{\"status\":\"UP\"}", health.getContentAsString(StandardCharsets.UTF_8));
        MockHttpServletResponse prometheus = run(filter, "203.0.113.5", "/actuator/prometheus");
        assertEquals(404, prometheus.getStatus());
        assertTrue(prometheus.getContentAsString().contains("\"status\":404"), prometheus.getContentAsString());
    }

    @Test
    void loopbackClientsAndAPublicSettingSeeEverything() throws Exception {
        for (String local : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1"})
            assertEquals(HEALTH, run(new OperatorEndpoints(false), local, "/actuator/health").getContentAsString(StandardCharsets.UTF_8));
        assertEquals(HEALTH, run(new OperatorEndpoints(true), "203.0.113.5", "/actuator/health").getContentAsString(StandardCharsets.UTF_8));
        assertEquals(200, run(new OperatorEndpoints(true), "203.0.113.5", "/actuator/prometheus").getStatus());
        assertEquals(200, run(new OperatorEndpoints(false), "203.0.113.5", "/sparql").getStatus(), "only /actuator is filtered");
    }

    private static MockHttpServletResponse run(OperatorEndpoints filter, String client, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                resp.setContentType("application/json");
                resp.getOutputStream().write(HEALTH.getBytes(StandardCharsets.UTF_8));
            }
        }));
        return response;
    }
}
