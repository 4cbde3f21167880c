package org.w3id.lkg.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the query service: {@code java -jar lkg-query-service.jar [--port N] [--store DIR | --endpoint URL] …}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LkgServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(LkgServiceApplication.class, ServiceArguments.toSpring(args));
    }
}
