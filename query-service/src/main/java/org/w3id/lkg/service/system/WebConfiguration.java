package org.w3id.lkg.service.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** CORS open for GET on the query endpoints, so that browser tools (YASGUI, notebooks) can query from any origin. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/sparql", "/api/**"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD").allowedHeaders("*")
                    .exposedHeaders(ResultHeaders.TRUNCATED, ResultHeaders.LIMIT, ResultHeaders.INEXACT);
        }
    }
}
