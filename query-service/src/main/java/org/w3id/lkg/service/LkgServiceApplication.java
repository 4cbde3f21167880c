package org.w3id.lkg.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the query service: {@code java -jar lkg-query-service.jar [--port N] [--store DIR | --endpoint URL] …}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LkgServiceApplication {
    public static void main(String[] args) {
        if (ServiceArguments.wantsHelp(args)) {
            System.out.print(ServiceArguments.USAGE);
            return;
        }
        String[] spring;
        try {
            spring = ServiceArguments.toSpring(args);
        } catch (IllegalArgumentException e) {
            System.err.println("lkg serve: " + e.getMessage() + " (lkg serve --help lists the options)");
            System.exit(2);
            return;
        }
        SpringApplication.run(LkgServiceApplication.class, spring);
    }
}
