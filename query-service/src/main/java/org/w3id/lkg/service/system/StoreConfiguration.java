package org.w3id.lkg.service.system;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.http.Service;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.lkg.sparql.QueryCatalog;

/** Chooses the store by configuration: remote when {@code lkg.endpoint} is set, else embedded. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    LkgStore lkgStore(LkgProperties properties,
                      @Value("${lkg.endpoint-default-graph:union}") String endpointDefaultGraph) {
        // No query may make this JVM call another host: SERVICE is refused when a query is read, and switched off in
        // the engine too (for the embedded Fuseki as well), in case a query reaches it some other way.
        ARQ.getContext().set(Service.httpServiceAllowed, false);
        if (!properties.remote()) return new EmbeddedStore(properties);
        return new RemoteStore(properties.endpoint().strip(), RemoteStore.DefaultGraph.named(endpointDefaultGraph));
    }

    @Bean
    QueryCatalog queryCatalog() {
        return QueryCatalog.fromClasspath();
    }
}
