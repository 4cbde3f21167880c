package org.w3id.lkg.service.resolve;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.service.system.RequestTiming;
import org.w3id.lkg.sparql.ProvisionReference;
import org.w3id.lkg.sparql.ProvisionResolver;
import org.w3id.lkg.sparql.Resolution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Resolves a statute or article reference ({@code 律师法第四十九条}, {@code 律师法 49}, {@code 《中华人民共和国律师法》第49条},
 * {@code 律师法第49条第1款}) to its IRI: 200 with the IRI, label and kind; 404 with the nearest candidates when the
 * graph has no such document or provision; 400 when the text is not a reference at all.
 */
@RestController
@Tag(name = "Resolve", description = "References as people write them → IRIs")
class ResolveController {
    private final LkgStore store;

    ResolveController(LkgStore store) {
        this.store = store;
    }

    @Operation(summary = "Resolve a statute or article reference to its IRI")
    @GetMapping(path = "/api/resolve", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> resolve(HttpServletRequest request, @Parameter(description = "e.g. 律师法第四十九条, 律师法 49, 律师法第49条第1款, 律师法", example = "律师法第四十九条")
                                @RequestParam String ref) {
        RequestTiming.name(request, "resolve");
        store.requireReady();
        Resolution r = new ProvisionResolver(store.lookups()).resolve(ref);
        if (r.resolved()) return body(r);
        if (r.reference() == null)
            throw ApiException.badRequest(r.message() + "; write e.g. 律师法第四十九条 or 律师法 49");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("input", ref);
        details.put("reference", reference(r.reference()));
        details.put("candidates", r.candidates().stream().map(ApiException::candidate).toList());
        throw new ApiException(org.springframework.http.HttpStatus.NOT_FOUND, r.message(), details, null);
    }

    private static Map<String, Object> body(Resolution r) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("input", r.input());
        b.put("iri", r.iri());
        b.put("label", r.label());
        b.put("kind", r.kind().name().toLowerCase());
        b.put("exact", r.exact());
        if (!r.message().isEmpty()) b.put("note", r.message());
        b.put("reference", reference(r.reference()));
        return b;
    }

    private static Map<String, Object> reference(ProvisionReference ref) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", ref.title());
        if (ref.article() > 0) m.put("article", ref.article());
        if (ref.paragraph() > 0) m.put("paragraph", ref.paragraph());
        if (ref.point() > 0) m.put("point", ref.point());
        return m;
    }
}
