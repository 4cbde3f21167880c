package org.w3id.lkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.w3id.lkg.ingest.PowerListFiles;

/**
 * {@code lkg load LIST… --service URL --token T}: each list file sent, as it is, to the running service's
 * {@code PUT /admin/lists/{key}} (the key the file gives, as a store load names it), which loads it through the same
 * validated, atomic, guarded load; the outcome lines are the service's, the exit codes {@code lkg load}'s.
 */
final class ServiceUpload {
    private static final Duration CONNECT = Duration.ofSeconds(10);

    private final String service;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT).build();

    private ServiceUpload(String service, String token) {
        this.service = service.replaceAll("/+$", "");
        this.token = token;
    }

    static ServiceUpload to(String service, String token) {
        URI uri;
        try {
            uri = URI.create(service);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "--service " + service + ": not a URL: " + e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null)
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "--service " + service + ": expected an http(s) URL such as http://localhost:8080");
        return new ServiceUpload(service, token);
    }

    /** Sends every file in turn (a refused one does not stop the others) and returns the exit code. */
    int send(List<Path> files, PrintWriter out, PrintWriter err) {
        int loaded = 0, unchanged = 0, exit = 0;
        for (Path file : files) {
            String key = PowerListFiles.listKey(file);
            HttpResponse<String> r = put(file, key, files.size(), loaded, out);
            JsonObject body = json(r.body());
            String message = body != null && body.hasKey("message") ? body.get("message").getAsString().value() : r.body().strip();
            switch (r.statusCode()) {
                case 200 -> {
                    out.println(message);
                    if ("unchanged".equals(text(body, "status"))) unchanged++;
                    else loaded++;
                }
                case 400 -> {
                    // the service's own reader message: file:line:column and what was expected
                    err.println(("invalid".equals(text(body, "outcome")) ? "invalid " : "bad input ") + key + ": " + message);
                    if (exit == 0) exit = "invalid".equals(text(body, "outcome")) ? LkgCommand.EXIT_INVALID : LkgCommand.EXIT_BAD_INPUT;
                }
                case 401 -> throw failure(LkgCommand.EXIT_BAD_INPUT, files.size(), loaded,
                        "the service refused the admin token (401: " + message + "); give the one it was started with "
                                + "(its LKG_ADMIN_TOKEN or lkg.admin-token)");
                case 404 -> throw failure(LkgCommand.EXIT_STORE, files.size(), loaded, service + " has no admin path for "
                        + key + " (404: " + message + "); a service takes lists only when started with an admin token "
                        + "(LKG_ADMIN_TOKEN=… ./lkg serve) over an embedded store");
                default -> throw failure(LkgCommand.EXIT_STORE, files.size(), loaded,
                        "the service failed on " + key + " (" + r.statusCode() + ": " + message + ")");
            }
        }
        out.println("lkg load: " + loaded + " of " + files.size() + " list" + (files.size() == 1 ? "" : "s")
                + " loaded into the service " + service + (unchanged > 0 ? "; " + unchanged + " unchanged" : "")
                + (files.size() - loaded - unchanged > 0 ? "; " + (files.size() - loaded - unchanged) + " refused" : ""));
        if (exit != 0) err.println("lkg: the lists refused were each reported above; the service's editions of them are as they were");
        return exit;
    }

    private HttpResponse<String> put(Path file, String key, int total, int loaded, PrintWriter out) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String name = file.getFileName().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(service + "/admin/lists/" + segment(key)))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", mediaType(name))
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + segment(name))
                .header("Accept", "application/json")
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw failure(LkgCommand.EXIT_STORE, total, loaded, "cannot reach the service at " + service
                    + " (connection refused): is it running (./lkg serve) on that host and port?");
        } catch (IOException e) {
            throw failure(LkgCommand.EXIT_STORE, total, loaded, "the service at " + service + " did not answer for "
                    + key + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(LkgCommand.EXIT_STORE, total, loaded, "interrupted while sending " + key);
        }
    }

    private CommandFailure failure(int exit, int total, int loaded, String why) {
        return new CommandFailure(exit, loaded + " of " + total + " list" + (total == 1 ? "" : "s")
                + " loaded into the service " + service + ": " + why);
    }

    // A path segment: percent-encoded UTF-8, a space as %20 (URLEncoder writes '+', which a path keeps as '+').
    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String mediaType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) return "text/csv";
        if (n.endsWith(".html") || n.endsWith(".htm")) return "text/html";
        if (n.endsWith(".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        if (n.endsWith(".xls")) return "application/vnd.ms-excel";
        return "text/tab-separated-values";
    }

    private static JsonObject json(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.parse(body);
        } catch (JsonParseException e) {
            return null;   // not the service's JSON (a proxy's page, say): its text is shown as it is
        }
    }

    private static String text(JsonObject body, String field) {
        return body != null && body.hasKey(field) && body.get(field).isString() ? body.get(field).getAsString().value() : null;
    }
}
