package org.w3id.lkg.service.page;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Who is a browser: a client whose Accept names text/html itself (not only through a wildcard) at least as high as
 * anything else it names. SPARQL clients and curl name other types or none, and keep the answers they had.
 */
final class Browsers {
    private Browsers() {}

    static boolean is(HttpServletRequest request) { return is(request.getHeader("Accept")); }

    static boolean is(String accept) {
        if (accept == null || accept.isBlank()) return false;
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double html = -1, other = -1;
        for (MediaType m : types) {
            if (m.isWildcardType()) continue;
            boolean isHtml = (m.getType().equals("text") && m.getSubtype().equals("html")) || m.getSubtype().equals("xhtml+xml");
            if (isHtml) html = Math.max(html, m.getQualityValue());
            else if (!m.isWildcardSubtype() && !m.getSubtype().equals("xml") && !m.getSubtype().startsWith("avif")
                    && !m.getType().equals("image")) other = Math.max(other, m.getQualityValue());
        }
        return html > 0 && html >= other;
    }
}
