package org.w3id.lkg.service.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.service.system.RequestTiming;
import org.w3id.lkg.store.edition.Edition;
import org.w3id.lkg.store.load.ListCounts;
import org.w3id.lkg.store.load.LoadBatch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The write path, which exists only when an admin token is configured ({@code lkg.admin-token} or the environment's
 * {@code LKG_ADMIN_TOKEN}): {@code PUT /admin/lists/{key}} loads the body as list {@code key} through the same
 * validated, atomic, guarded load as {@code lkg load} (a new edition, or nothing for the same bytes), and
 * {@code DELETE} retires the list. {@code Authorization: Bearer <token>}; anything else is 401 and changes nothing.
 * Queries keep being answered during a load (TDB2: one writer beside any number of readers). Every change is logged.
 */
@RestController
@ConditionalOnExpression("!'${lkg.admin-token:${LKG_ADMIN_TOKEN:}}'.isBlank()")
@Tag(name = "Admin", description = "Loading and retiring lists in the running service (only with an admin token)")
class ListAdminController {
    private static final Logger log = LoggerFactory.getLogger(ListAdminController.class);
    private static final Pattern FILE_EXTENSION = Pattern.compile("filename\\*?=[^;]*\\.(txt|tsv|csv|xlsx|xls|html|htm)\"?\\s*(;|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY = Pattern.compile("[^/\\\\\\x00-\\x1f]{1,200}");

    private final LkgStore store;
    private final byte[] token;

    ListAdminController(LkgStore store, @Value("${lkg.admin-token:${LKG_ADMIN_TOKEN:}}") String token) {
        this.store = store;
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Operation(summary = "Load a list (its file's bytes as the body) as list {key}: a new edition, or unchanged")
    @PutMapping(path = "/admin/lists/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> put(HttpServletRequest request, @PathVariable String key,
                            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                            @RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) String disposition,
                            @RequestBody(required = false) byte[] body) {
        RequestTiming.name(request, "admin-put");
        authorise(authorization, request, "PUT", key);
        checkKey(key);
        if (body == null || body.length == 0) throw ApiException.badRequest("the body is empty: send the list file's bytes");
        Path dir = null;
        try {
            dir = Files.createTempDirectory("lkg-admin-");
            Path file = Files.write(dir.resolve(key + extension(contentType, disposition)), body);
            LoadBatch.Outcome outcome = store.load(file);
            String line = outcome.line().replace(dir + "/", "");
            log.info("admin: PUT {} by {} at {}: {}", key, request.getRemoteAddr(), Instant.now(), line);
            return switch (outcome.status()) {
                case LOADED, UNCHANGED -> answer(key, outcome, line);
                // the outcome says which of the command line's exit codes it is (2 unreadable, 4 refused)
                case BAD_INPUT, INVALID -> throw new ApiException(HttpStatus.BAD_REQUEST, outcome.failure().getMessage().replace(dir + "/", ""),
                        Map.of("outcome", outcome.status().name().toLowerCase().replace('_', ' ')), null);
                default -> throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, line);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded list: " + e.getMessage(), e);
        } finally {
            if (dir != null) delete(dir);
        }
    }

    @Operation(summary = "Retire list {key}: out of the queries, its last edition kept and the retirement recorded")
    @DeleteMapping(path = "/admin/lists/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> delete(HttpServletRequest request, @PathVariable String key,
                               @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        RequestTiming.name(request, "admin-delete");
        authorise(authorization, request, "DELETE", key);
        String counts = counts(key);
        Edition retired = store.retire(key);
        log.info("admin: DELETE {} by {} at {}: retired {}{}", key, request.getRemoteAddr(), Instant.now(), retired.line(), counts);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("list", key);
        b.put("status", "retired");
        b.put("edition", retired.number());
        b.put("iri", retired.iri());
        b.put("retiredAt", retired.retiredAt().toString());
        return b;
    }

    // What the list held before it goes, for the log: ", 54 items and 60 citations".
    private String counts(String key) {
        return store.tdb().map(tdb -> {
            var d = tdb.dataset();
            var graph = org.apache.jena.graph.NodeFactory.createURI(org.w3id.lkg.ontology.IriScheme.standard().listGraph(key));
            return ", " + org.apache.jena.system.Txn.calculateRead(d, () -> ListCounts.of(d.getGraph(graph)));
        }).orElse("");
    }

    // Compared in constant time, so the answer's timing says nothing of how much of a guess was right.
    private void authorise(String authorization, HttpServletRequest request, String method, String key) {
        String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : "";
        if (MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) return;
        log.warn("admin: {} {} by {} refused: {}", method, key, request.getRemoteAddr(), given.isEmpty() ? "no token" : "wrong token");
        throw new ApiException(HttpStatus.UNAUTHORIZED, "a write needs 'Authorization: Bearer <the admin token>'"
                + (given.isEmpty() ? "" : "; the token given is not it"));
    }

    private static void checkKey(String key) {
        if (!KEY.matcher(key).matches() || key.startsWith(".")) {
            throw ApiException.badRequest("'" + key + "' is not a list key: a file name's stem, without '/' or control characters");
        }
    }

    // The reader picks its format by the file's extension, so the upload is named by the file name it was sent with
    // (Content-Disposition's filename, as lkg load --service sends: then messages and provenance name the user's file
    // type), else by its media type.
    private static String extension(String contentType, String disposition) {
        Matcher m = disposition == null ? null : FILE_EXTENSION.matcher(disposition);
        if (m != null && m.find()) return "." + m.group(1).toLowerCase();
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (type.startsWith("text/csv")) return ".csv";
        if (type.startsWith("text/html")) return ".html";
        if (type.contains("spreadsheetml")) return ".xlsx";
        if (type.contains("ms-excel")) return ".xls";
        return ".txt";
    }

    private static Map<String, Object> answer(String key, LoadBatch.Outcome outcome, String line) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("list", key);
        b.put("status", outcome.status().name().toLowerCase());
        Edition e = outcome.summary().edition();
        if (e != null) {
            b.put("edition", e.number());
            b.put("iri", e.iri());
            b.put("sha256", e.sha256());
        }
        b.put("triples", outcome.summary().triples());
        if (outcome.summary().ingest() != null) {
            b.put("items", outcome.summary().ingest().items());
            b.put("citations", outcome.summary().ingest().citations());
        }
        b.put("message", line);
        return b;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("admin: could not remove {}: {}", dir, e.getMessage());
        }
    }
}
