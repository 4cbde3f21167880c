package org.w3id.lkg.service.system;

import org.apache.jena.query.ARQ;
import org.springframework.stereotype.Component;

/**
 * Bounds the memory one query's sorting, DISTINCT and grouping take: past {@code lkg.spill-rows} rows ARQ spills them
 * to temporary files instead of the heap, so that a few concurrent ORDER BYs over a cross product run into the
 * timeout, not out of memory. Set on ARQ's global context, as the service owns its JVM; the embedded Fuseki, which
 * shares the JVM, is bounded the same way.
 */
@Component
class QueryMemory {
    QueryMemory(LkgProperties properties) {
        ARQ.getContext().set(ARQ.spillToDiskThreshold, properties.spillRows());
    }
}
