package org.w3id.lkg.service.linkeddata;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the graph is published ({@code lkg.*}, beside {@link org.w3id.lkg.service.system.LkgProperties}).
 *
 * @param publicBase the service's URL as the public sees it, e.g. {@code https://lkg.example.org} behind a reverse
 *                   proxy (a path is kept: {@code https://example.org/lkg}); links and absolute URLs are made from it,
 *                   never from the request's Host header. Unset: links are root-relative and absolute URLs use
 *                   {@code http://localhost:<port>}.
 * @param dataBase   the base of the data IRIs that {@code /id/…} answers for (default {@code https://w3id.org/lkg/id/})
 * @param dumps      the folder the dumps are written to (default {@code data/dumps})
 * @param pageSize   most incoming links one description carries; more are paged with {@code ?page=} (default 200)
 * @param license    the licence the dataset description states (default CC BY 4.0)
 */
@ConfigurationProperties("lkg")
public record PublishingProperties(
        String publicBase,
        @DefaultValue("https://w3id.org/lkg/id/") String dataBase,
        @DefaultValue("data/dumps") Path dumps,
        @DefaultValue("200") int pageSize,
        @DefaultValue("https://creativecommons.org/licenses/by/4.0/") String license) {

    public PublishingProperties {
        if (pageSize < 1) throw new IllegalArgumentException("lkg.page-size must be at least 1, got " + pageSize);
        if (!dataBase.endsWith("/")) dataBase = dataBase + "/";
        if (publicBase != null && publicBase.isBlank()) publicBase = null;
        if (publicBase != null && !publicBase.matches("https?://[^\\s]+"))
            throw new IllegalArgumentException("lkg.public-base must be an http(s) URL, got " + publicBase);
        if (publicBase != null && publicBase.endsWith("/")) publicBase = publicBase.substring(0, publicBase.length() - 1);
    }
}
