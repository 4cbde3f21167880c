package org.w3id.lkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.lkg.question.Answer;
import org.w3id.lkg.question.Mention;
import org.w3id.lkg.question.QuestionEngine;
import org.w3id.lkg.question.QuestionException;
import org.w3id.lkg.sparql.SparqlSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lkg ask QUESTION}: a question in Chinese answered by one canned query over RDF files or a TDB2 store, as
 * {@code /api/ask} answers it. Exit 0 when answered; 2 when the question is empty, too long, or cannot be mapped
 * (the answer says so and suggests questions it can answer).
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question in Chinese (e.g. 矫正科负责哪些事项) by a canned query; shows the SPARQL with --show-sparql.")
final class AskCommand implements java.util.concurrent.Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "the question; several words are joined with a space")
    List<String> words;

    @Mixin
    DataOptions data;

    @Option(names = "--format", defaultValue = "text", description = "text or json (the body /api/ask answers; default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--show-sparql", description = "print the SPARQL that ran after the answer (text format)")
    boolean showSparql;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json"))
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, "--format " + format + ": expected text or json");
        String question = String.join(" ", words);
        QuestionEngine engine = QuestionEngine.builder().source(SparqlSource.of(data.open())).build();
        Answer a;
        try {
            a = engine.ask(question);
        } catch (QuestionException e) {
            throw new CommandFailure(LkgCommand.EXIT_BAD_INPUT, e.getMessage(), e);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (format.equals("json")) out.println(json(a.toMap()));
        else text(a, out);
        return a.answered() ? 0 : LkgCommand.EXIT_BAD_INPUT;
    }

    private void text(Answer a, PrintStream out) {
        out.println(a.answer());
        if (!a.understood().isEmpty())
            out.println("识别到: " + a.understood().stream().map(AskCommand::mention).collect(Collectors.joining("; ")));
        if (a.answered()) {
            out.println("查询: " + a.query() + (a.params().isEmpty() ? "" : " " + a.params()));
            for (Map<String, Object> row : a.rows())
                out.println("  " + row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("  ")));
            if (showSparql) out.println(a.sparql());
        }
        a.suggestions().forEach(s -> out.println("可以这样问: " + s));
    }

    private static String mention(Mention m) {
        return m.text() + " [" + m.start() + "," + m.end() + ") " + m.kind().slot() + (m.iri() == null ? "" : " " + m.iri());
    }

    // Jena's JSON writer: the command line has no Jackson, and one JSON shape with /api/ask (Answer.toMap()).
    private static JsonValue json(Object v) {
        if (v == null) return JsonNull.instance;
        if (v instanceof Map<?, ?> m) {
            JsonObject o = new JsonObject();
            m.forEach((k, x) -> o.put(k.toString(), json(x)));
            return o;
        }
        if (v instanceof List<?> l) {
            JsonArray arr = new JsonArray();
            l.forEach(x -> arr.add(json(x)));
            return arr;
        }
        if (v instanceof Boolean b) return new org.apache.jena.atlas.json.JsonBoolean(b);
        if (v instanceof Number n) return org.apache.jena.atlas.json.JsonNumber.value(new java.math.BigDecimal(n.toString()));
        return new org.apache.jena.atlas.json.JsonString(v.toString());
    }
}
