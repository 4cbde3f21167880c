package org.w3id.lkg.service.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The IRIs answer: {@code GET /id/…}, {@code /ontology}, {@code /scheme/…} by content negotiation, or by suffix
 * ({@code .html .ttl .jsonld .rdf .nt}, and {@code .trig} for a list), 200 with {@code Vary: Accept},
 * {@code Content-Location} naming the form sent, {@code Link: rel="alternate"} for the others, and an ETag and
 * Last-Modified that follow the store ({@link GraphVersion}); 304 on a match, 406 listing what is offered.
 * HEAD is answered like GET, without the body.
 */
@RestController
@Hidden
class LinkedDataController {
    private static final List<RdfForm> DESCRIPTION_FORMS =
            List.of(RdfForm.HTML, RdfForm.TURTLE, RdfForm.JSONLD, RdfForm.RDFXML, RdfForm.NTRIPLES);

    private final WebIris iris;
    private final Describer describer;
    private final DescriptionWriter writer;
    private final GraphVersion version;
    private final HtmlView html;

    LinkedDataController(WebIris iris, Describer describer, DescriptionWriter writer, GraphVersion version, HtmlView html) {
        this.iris = iris;
        this.describer = describer;
        this.writer = writer;
        this.version = version;
        this.html = html;
    }

    @GetMapping({"/id/**", "/ontology", "/ontology.*", "/scheme/**"})
    ResponseEntity<byte[]> resource(HttpServletRequest request,
                                    @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                    @RequestParam(defaultValue = "1") int page) {
        String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()), StandardCharsets.UTF_8);
        Optional<RdfForm> bySuffix = Optional.empty();
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            bySuffix = RdfForm.bySuffix(path.substring(dot + 1));
            if (bySuffix.isPresent()) path = path.substring(0, dot);
        }
        String iri = iris.iriOf(path).orElseThrow(() -> new NoSuchElementException("no resource at this path"));
        Optional<String> listGraph = iri.equals(WebIris.ONTOLOGY) ? Optional.empty() : describer.listGraph(iri);
        List<RdfForm> offered = new ArrayList<>(DESCRIPTION_FORMS);
        listGraph.ifPresent(g -> offered.add(RdfForm.TRIG));
        RdfForm form;
        if (bySuffix.isPresent()) {
            form = bySuffix.get();
            if (!offered.contains(form)) throw RdfForm.notAcceptable("." + form.suffix(), offered);
        } else {
            form = RdfForm.negotiate(accept, offered);
        }

        GraphVersion.Version v = version.current();
        String etag = "W/\"" + v.tag() + "-" + form.suffix() + (page > 1 ? "-p" + page : "") + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        headers.set(HttpHeaders.CONTENT_LOCATION, iris.href(path + "." + form.suffix()));
        headers.setETag(etag);
        headers.setLastModified(v.modified());
        headers.setCacheControl(CacheControl.noCache());
        List<HtmlView.Alternate> alternates = new ArrayList<>();
        for (RdfForm f : offered) {
            if (f == form) continue;
            String href = iris.href(path + "." + f.suffix());
            alternates.add(new HtmlView.Alternate(f, href));
            headers.add(HttpHeaders.LINK, "<" + href + ">; rel=\"alternate\"; type=\"" + f.type() + "\"");
        }
        headers.add(HttpHeaders.LINK, "<" + iris.href(DatasetDescription.PATH) + ">; rel=\"describedby\"; type=\"text/turtle\"");
        if (notModified(request, etag, v)) return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);

        byte[] body;
        if (form == RdfForm.TRIG) {
            DatasetGraph d = describer.graph(listGraph.orElseThrow());
            body = writer.trig(d);
        } else {
            Description d = describer.describe(iri, page);
            if (!d.exists()) throw new NoSuchElementException("the graph has nothing about " + iri);
            body = form == RdfForm.HTML ? html.page(d, path, alternates).getBytes(StandardCharsets.UTF_8) : writer.write(d.graph(), form);
            if (d.pages() > 1 && page < d.pages())
                headers.add(HttpHeaders.LINK, "<" + iris.href(path + "." + form.suffix()) + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        headers.setContentType(form.contentType());
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    private static boolean notModified(HttpServletRequest request, String etag, GraphVersion.Version v) {
        String inm = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (inm != null) {
            for (String t : inm.split(",")) {
                String s = t.strip();
                if (s.equals("*") || s.equals(etag) || ("W/" + s).equals(etag)) return true;
            }
            return false;
        }
        long ims = -1;
        try {
            ims = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;   // an unreadable date is ignored, as RFC 9110 says
        }
        return ims >= 0 && v.modified().toEpochMilli() <= ims;
    }
}
