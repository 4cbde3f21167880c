package org.w3id.lkg.service.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.service.linkeddata.WebIris;
import org.w3id.lkg.service.system.ApiException;
import org.w3id.lkg.service.system.LkgStore;
import org.w3id.lkg.sparql.ProvisionResolver;
import org.w3id.lkg.sparql.Resolution;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Statute impact: {@code /impact?ref=律师法第四十九条} (any spelling {@code /api/resolve} takes) shows every item,
 * unit, sanction and party a statute or provision reaches, as a table ({@code /impact.csv?ref=…}) and as the citation
 * graph, whose elements {@code /graph.json?iri=…} serves for a document, a provision or an item.
 */
@RestController
@Hidden
class ImpactController {
    private final Layout layout;
    private final Blocks blocks;
    private final LkgStore store;

    ImpactController(Layout layout, Blocks blocks, LkgStore store) {
        this.layout = layout;
        this.blocks = blocks;
        this.store = store;
    }

    @GetMapping(path = "/impact", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> impact(@RequestParam(defaultValue = "") String ref) {
        Html h = new Html();
        h.open("form", "class", "bigsearch", "action", blocks.iris().href("/impact"), "method", "get")
                .open("input", "type", "search", "name", "ref", "value", ref, "placeholder", "律师法第四十九条、律师法 49、《中华人民共和国律师法》", "aria-label", "法条 Provision")
                .el("button", "分析 Analyse", "type", "submit").close("form");
        if (ref.isBlank()) return HomeController.ok(layout.write(new Layout.Page("影响分析 Statute impact", "输入法律或条款 Type a statute or an article", h, null), List.of()));
        Resolution r = resolve(ref);
        Reach reach = new Reach(blocks.rows("impact", r.iri()));
        List<Reach.Line> lines = reach.lines();
        h.open("p").text("解析为 Resolved to ");
        blocks.link(h, r.iri(), r.label());
        h.text(" · " + lines.size() + " 行 rows · ").a(blocks.iris().href("/impact.csv") + "?ref=" + WebIris.param(ref), "下载 CSV", "id", "csv").close("p");
        h.open("table", "class", "items impact").open("thead").open("tr");
        for (String c : List.of("序号", "事项 Item", "所引条款 Provision", "方式 How", "承办机构 Unit", "权力类型", "对象 Parties", "处罚 Sanctions")) h.el("th", c);
        h.close("tr").close("thead").open("tbody");
        for (Reach.Line l : lines) {
            Row f = l.first();
            h.open("tr").el("td", f.get("section") + "-" + f.get("number")).open("td");
            blocks.link(h, f.get("item"), f.get("itemName"));
            h.close("td").open("td");
            blocks.link(h, f.get("cited", f.get("document")), f.get("citedLabel", f.get("documentTitle")));
            h.close("td").open("td");
            if (f.is("direct")) h.text("直接");
            else { h.text("经 "); blocks.link(h, f.get("via"), f.get("viaLabel")); }
            h.close("td").open("td");
            blocks.link(h, f.get("unit"), f.get("unitLabel"));
            h.close("td").el("td", f.get("powerType", "")).el("td", String.join("、", l.parties())).el("td", String.join("、", l.sanctions())).close("tr");
        }
        h.close("tbody").close("table");
        blocks.graph(h, r.iri());
        return HomeController.ok(layout.write(new Layout.Page("影响分析 Impact：" + r.label(), "依据它的事项、科室、处罚与对象 Items, units, sanctions and parties resting on it", h,
                blocks.sparql("impact", r.iri())), List.of()));
    }

    @GetMapping(path = "/impact.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam String ref) {
        Resolution r = resolve(ref);
        StringBuilder b = new StringBuilder("section,number,item,itemName,provision,provisionLabel,direct,via,viaLabel,unit,unitLabel,powerType,parties,sanctions\r\n");
        for (Reach.Line l : new Reach(blocks.rows("impact", r.iri())).lines()) {
            Row f = l.first();
            List<String> cells = List.of(f.get("section", ""), f.get("number", ""), f.get("item", ""), f.get("itemName", ""),
                    f.get("cited", f.get("document", "")), f.get("citedLabel", f.get("documentTitle", "")), Boolean.toString(f.is("direct")),
                    f.get("via", ""), f.get("viaLabel", ""), f.get("unit", ""), f.get("unitLabel", ""), f.get("powerType", ""),
                    String.join("、", l.parties()), String.join("、", l.sanctions()));
            b.append(String.join(",", cells.stream().map(ImpactController::csvCell).toList())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"impact.csv\"")
                .body(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/graph.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> graph(@RequestParam String iri) {
        store.requireReady();
        boolean item = !blocks.rows("is-item", iri).isEmpty();
        Reach reach = new Reach(blocks.rows(item ? "item-reach" : "impact", iri));
        List<Map<String, Object>> elements = new ArrayList<>();
        for (Map<String, String> n : reach.nodes().values()) {
            Map<String, Object> data = new LinkedHashMap<>(n);
            data.put("href", blocks.iris().hrefOf(n.get("id")));
            data.put("root", n.get("id").equals(iri));
            elements.add(Map.of("data", data));
        }
        int i = 0;
        for (List<String> e : reach.edges())
            elements.add(Map.of("data", Map.of("id", "e" + (i++), "source", e.get(0), "target", e.get(1), "label", e.get(2))));
        return Map.of("root", iri, "elements", elements);
    }

    private Resolution resolve(String ref) {
        store.requireReady();
        Resolution r = new ProvisionResolver(store.lookups()).resolve(ref);
        if (!r.resolved()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("candidates", r.candidates().stream().map(ApiException::candidate).toList());
            throw new ApiException(r.reference() == null ? org.springframework.http.HttpStatus.BAD_REQUEST : org.springframework.http.HttpStatus.NOT_FOUND,
                    r.message(), details, null);
        }
        return r;
    }

    static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
