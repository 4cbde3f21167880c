package org.w3id.lkg.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServiceArgumentsTest {
    @Test
    void optionsBecomeProperties() {
        assertArrayEquals(new String[] {"--server.port=8081", "--lkg.fuseki-port=3031", "--lkg.store=data/other",
                        "--lkg.seeds=/s", "--lkg.statutes=/t", "--lkg.endpoint=http://h:3030/lkg/sparql", "--lkg.query-timeout=5s"},
                ServiceArguments.toSpring(new String[] {"--port", "8081", "--fuseki-port=3031", "--store", "data/other",
                        "--seeds=/s", "--statutes", "/t", "--endpoint", "http://h:3030/lkg/sparql", "--lkg.query-timeout=5s"}));
        assertThrows(IllegalArgumentException.class, () -> ServiceArguments.toSpring(new String[] {"--port"}));
        assertArrayEquals(new String[] {"--lkg.host=0.0.0.0"}, ServiceArguments.toSpring(new String[] {"--host", "0.0.0.0"}));
    }

    @Test
    void helpIsAskedForNotPassedToSpring() {
        assertTrue(ServiceArguments.wantsHelp(new String[] {"--port", "1", "--help"}));
        assertTrue(ServiceArguments.wantsHelp(new String[] {"-h"}));
        assertFalse(ServiceArguments.wantsHelp(new String[] {"--port", "1"}));
        for (String option : ServiceArguments.OPTIONS.keySet())
            assertTrue(ServiceArguments.USAGE.contains(option + " "), option + " is in the usage text");
    }
}
