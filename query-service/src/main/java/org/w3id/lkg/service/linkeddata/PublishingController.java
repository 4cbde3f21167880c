package org.w3id.lkg.service.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The dataset as a whole: its description (VoID, DCAT), the JSON-LD context, the dumps. */
@RestController
@Tag(name = "Linked data", description = "Dataset description, JSON-LD context, dumps")
class PublishingController {
    private static final List<RdfForm> FORMS = List.of(RdfForm.TURTLE, RdfForm.HTML, RdfForm.JSONLD, RdfForm.RDFXML, RdfForm.NTRIPLES);
    private static final MediaType GZIP = MediaType.parseMediaType("application/gzip");

    private final DatasetDescription dataset;
    private final DescriptionWriter writer;
    private final JsonLdContext context;
    private final Dumps dumps;
    private final GraphVersion version;
    private final WebIris iris;
    private final HtmlView html;

    PublishingController(DatasetDescription dataset, DescriptionWriter writer, JsonLdContext context, Dumps dumps,
                         GraphVersion version, WebIris iris, HtmlView html) {
        this.dataset = dataset;
        this.writer = writer;
        this.context = context;
        this.dumps = dumps;
        this.version = version;
        this.iris = iris;
        this.html = html;
    }

    @Operation(summary = "The dataset description (VoID and DCAT): Turtle by default, or HTML, JSON-LD, RDF/XML, N-Triples by Accept")
    @GetMapping(DatasetDescription.PATH)
    ResponseEntity<byte[]> voidDescription(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        RdfForm form = RdfForm.negotiate(accept, FORMS);
        var g = dataset.graph();
        List<HtmlView.Alternate> alternates = new ArrayList<>();
        for (RdfForm f : FORMS) if (f != form && f != RdfForm.HTML) alternates.add(new HtmlView.Alternate(f, iris.href(DatasetDescription.PATH)));
        byte[] body = form == RdfForm.HTML
                ? html.page(new Description(dataset.datasetIri(), g, 0, 1, 1), DatasetDescription.PATH, alternates).getBytes(StandardCharsets.UTF_8)
                : writer.write(g, form);
        GraphVersion.Version v = version.current();
        return ResponseEntity.ok().contentType(form.contentType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .eTag("W/\"" + v.tag() + "-" + form.suffix() + "\"").lastModified(v.modified()).body(body);
    }

    @Operation(summary = "The JSON-LD context every JSON-LD answer names")
    @GetMapping(path = JsonLdContext.PATH, produces = "application/ld+json")
    ResponseEntity<byte[]> context() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(context.document());
    }

    @Operation(summary = "The dumps on offer: their URLs, sizes, version and time")
    @GetMapping(path = {"/dumps", "/dumps/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> index() throws java.io.IOException {
        Dumps.Made m = dumps.current();
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("version", m.version().tag());
        b.put("modified", m.version().modified().toString());
        b.put("quads", m.quads());
        b.put(Dumps.NQUADS, Map.of("url", iris.absolute("/dumps/" + Dumps.NQUADS), "bytes", java.nio.file.Files.size(m.nquads())));
        b.put(Dumps.TRIG, Map.of("url", iris.absolute("/dumps/" + Dumps.TRIG), "bytes", java.nio.file.Files.size(m.trig())));
        return b;
    }

    @Operation(summary = "The whole graph as gzipped N-Quads")
    @GetMapping("/dumps/" + Dumps.NQUADS)
    ResponseEntity<Resource> nquads() { return dump(dumps.current().nquads(), Dumps.NQUADS); }

    @Operation(summary = "The whole graph as gzipped TriG")
    @GetMapping("/dumps/" + Dumps.TRIG)
    ResponseEntity<Resource> trig() { return dump(dumps.current().trig(), Dumps.TRIG); }

    private ResponseEntity<Resource> dump(java.nio.file.Path file, String name) {
        Dumps.Made m = dumps.current();
        return ResponseEntity.ok().contentType(GZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .eTag("\"" + m.version().tag() + "\"").lastModified(m.version().modified())
                .body(new FileSystemResource(file));
    }

    /** The dumps are remade in the background when the graph changes. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {}
}
