package org.w3id.lkg.service.edition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.ontology.IriScheme;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.service.system.RequestTiming;
import org.w3id.lkg.store.ListEditions;
import org.w3id.lkg.store.StoreException;
import org.w3id.lkg.store.diff.DiffFormat;
import org.w3id.lkg.store.diff.EditionDiff;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.tdb.TdbStore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A list's editions ({@code GET /api/lists/{key}/editions}) and what changed between two of them
 * ({@code GET /api/lists/{key}/diff?from=1&to=2}, as {@code lkg diff --store} writes it; {@code format} json by
 * default, or text, csv, ttl). Editions are kept by the embedded TDB2 store; a remote endpoint has none (404).
 */
@RestController
@Tag(name = "Editions", description = "A list's editions and what changed between them")
class ListDiffController {
    private final LkgStore store;
    private final IriScheme iris = IriScheme.standard();   // the embedded store's, as its seed loading names graphs

    ListDiffController(LkgStore store) {
        this.store = store;
    }

    @Operation(summary = "The editions of a list, oldest first")
    @GetMapping(path = "/api/lists/{key}/editions", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> editions(HttpServletRequest request, @Parameter(example = "000_9601f697a03374a4") @PathVariable String key) {
        RequestTiming.name(request, "list-editions");
        List<Edition> editions = ListEditions.of(tdb(), iris).editions(key);
        if (editions.isEmpty()) throw new ApiException(HttpStatus.NOT_FOUND, "no list " + key + " has editions in this store");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("list", key);
        body.put("graph", iris.listGraph(key));
        body.put("editions", editions.stream().map(ListDiffController::edition).toList());
        return body;
    }

    @Operation(summary = "What changed between two editions of a list: added, removed, renamed, changed items")
    @GetMapping(path = "/api/lists/{key}/diff")
    ResponseEntity<String> diff(HttpServletRequest request,
                                @Parameter(example = "000_9601f697a03374a4") @PathVariable String key,
                                @Parameter(description = "the older edition's number", example = "1") @RequestParam String from,
                                @Parameter(description = "the newer edition's number", example = "2") @RequestParam String to,
                                @Parameter(description = "json (default), text, csv or ttl") @RequestParam(defaultValue = "json") String format) {
        RequestTiming.name(request, "list-diff");
        DiffFormat as;
        try {
            as = DiffFormat.named(format);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("format: " + e.getMessage());
        }
        try {
            String body = as.write(EditionDiff.ofEditions(tdb(), iris, key, EditionNumber.parse("from", from), EditionNumber.parse("to", to)));
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(as.mediaType())).body(body);
        } catch (StoreException e) {
            throw new ApiException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private TdbStore tdb() {
        store.requireReady();
        return store.tdb().orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "editions are kept by the embedded TDB2 store; this service queries " + store.describe()));
    }

    private static Map<String, Object> edition(Edition e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", e.number());
        m.put("iri", e.iri());
        m.put("file", e.sourceFile());
        m.put("sha256", e.sha256());
        m.put("generatedAt", e.generatedAt() == null ? null : e.generatedAt().toString());
        m.put("revisionOf", e.revisionOf());
        m.put("retiredAt", e.retiredAt() == null ? null : e.retiredAt().toString());
        return m;
    }
}
