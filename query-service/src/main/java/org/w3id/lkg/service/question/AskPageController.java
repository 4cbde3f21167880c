package org.w3id.lkg.service.question;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.lkg.question.Answer;
import org.w3id.lkg.service.system.ApiException;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /ask?q=…}: the answer as a small server-rendered page, in Chinese first and readable without JavaScript:
 * the question box, the one-line answer, the rows as a table, what was recognised, and the SPARQL that ran with a
 * link to run it at {@code /sparql}. Self-contained (its own few lines of CSS) so it can later take the site's layout.
 */
@RestController
@Hidden
class AskPageController {
    private final QuestionEngines engines;
    AskPageController(QuestionEngines engines) {
        this.engines = engines;
    }

    @GetMapping(path = "/ask", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(jakarta.servlet.http.HttpServletRequest request, @RequestParam(required = false) String q) {
        if (q == null) return ResponseEntity.ok(AskPage.render("", null, null));
        try {
            Answer a = AskController.answer(engines, request, q);
            return ResponseEntity.ok(AskPage.render(q, a, null));
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) throw e;
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).body(AskPage.render(q.length() > 200 ? "" : q, null, e.getMessage()));
        }
    }

    /** The page's HTML. */
    static final class AskPage {
        private static final String STYLE = """
                body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
                input[type=text]{width:70%;font-size:1.1rem;padding:.3rem} table{border-collapse:collapse;margin:1rem 0}
                td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top} pre{background:#f6f6f6;padding:.5rem;overflow-x:auto}
                .answer{font-size:1.2rem;font-weight:600} .error{color:#a00}""";

        private AskPage() {}

        static String render(String q, Answer a, String error) {
            StringBuilder b = new StringBuilder(4096);
            b.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                    .append(a == null ? "提问" : esc(q) + " — 提问").append("</title><style>").append(STYLE).append("</style></head><body>")
                    .append("<h1>提问 <small lang=\"en\">Ask</small></h1>")
                    .append("<form action=\"/ask\" method=\"get\"><input type=\"text\" name=\"q\" value=\"").append(esc(q))
                    .append("\" placeholder=\"例如：哪些事项依据律师法第四十九条？\" aria-label=\"问题\"> <button type=\"submit\">提问</button></form>");
            if (error != null) b.append("<p class=\"error\" role=\"alert\">无法回答：").append(esc(error)).append("</p>");
            if (a != null) answer(b, a);
            return b.append("</body></html>").toString();
        }

        private static void answer(StringBuilder b, Answer a) {
            b.append("<p class=\"answer\" id=\"answer\">").append(esc(a.answer())).append("</p>");
            if (!a.suggestions().isEmpty()) {
                b.append("<p>可以这样问：</p><ul id=\"suggestions\">");
                for (String s : a.suggestions())
                    b.append("<li><a href=\"/ask?q=").append(java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8))
                            .append("\">").append(esc(s)).append("</a></li>");
                b.append("</ul>");
            }
            if (!a.understood().isEmpty()) {
                b.append("<h2>识别到</h2><ul id=\"understood\">");
                a.understood().forEach(m -> b.append("<li>").append(esc(m.text())).append(" — ").append(esc(m.kind().slot()))
                        .append(m.iri() == null ? "" : " <a href=\"" + esc(m.iri()) + "\">" + esc(m.label()) + "</a>").append("</li>"));
                b.append("</ul>");
            }
            if (!a.rows().isEmpty()) table(b, a.rows());
            if (a.sparql() != null)
                b.append("<h2>查询 <code>").append(esc(a.query())).append("</code></h2><pre id=\"sparql\">").append(esc(a.sparql()))
                        .append("</pre><p><a href=\"/sparql?query=")
                        .append(java.net.URLEncoder.encode(a.sparql(), java.nio.charset.StandardCharsets.UTF_8))
                        .append("&amp;format=json\">在 /sparql 运行这条查询</a>（JSON）</p>");
        }

        private static void table(StringBuilder b, List<Map<String, Object>> rows) {
            List<String> cols = rows.stream().flatMap(r -> r.keySet().stream()).distinct().toList();
            b.append("<h2>结果（").append(rows.size()).append(" 行）</h2><table id=\"rows\"><thead><tr>");
            cols.forEach(c -> b.append("<th>").append(esc(c)).append("</th>"));
            b.append("</tr></thead><tbody>");
            for (Map<String, Object> r : rows) {
                b.append("<tr>");
                cols.forEach(c -> b.append("<td>").append(esc(r.get(c) == null ? "" : r.get(c).toString())).append("</td>"));
                b.append("</tr>");
            }
            b.append("</tbody></table>");
        }

        private static String esc(String s) { return org.springframework.web.util.HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8"); }
    }
}
