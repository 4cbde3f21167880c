package org.w3id.lkg.service.system;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.http.Service;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.lkg.sparql.QueryCatalog;

/** Chooses the store by configuration: remote when {@code lkg.endpoint} is set, else embedded. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    LkgStore lkgStore(LkgProperties properties) {
        // No query may make this JVM call another host: SERVICE is refused when a query is read, and switched off in
        // the engine too (for the embedded Fuseki as well), in case a query reaches it some other way.
        ARQ.getContext().set(Service.httpServiceAllowed, false);
        return properties.remote() ? new RemoteStore(properties.endpoint().strip()) : new EmbeddedStore(properties);
    }

    @Bean
    QueryCatalog queryCatalog() {
        return QueryCatalog.fromClasspath();
    }
}
