package org.w3id.lkg.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a question got: the one-line Chinese {@code answer}; the canned {@code query} chosen (null when refused), its
 * bound {@code params} and the exact {@code sparql} that ran; the result {@code rows} keyed by variable (items carry
 * {@code itemName}); the entities {@code understood}; {@code suggestions} when it could not be answered; the
 * {@code intent} row that fitted and, for counts and bounds, the {@code value} the answer states.
 */
public record Answer(String question, String answer, String intent, String query, Map<String, Object> params,
                     String sparql, List<Map<String, Object>> rows, List<Mention> understood, List<String> suggestions,
                     Object value) {
    public Answer {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        rows = rows == null ? List.of() : List.copyOf(rows);
        understood = List.copyOf(understood);
        suggestions = List.copyOf(suggestions);
    }

    /** Whether a query ran. */
    public boolean answered() { return query != null; }

    /** The answer as the JSON of {@code /api/ask} shows it, fields in the order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("question", question);
        m.put("answer", answer);
        m.put("query", query);
        m.put("params", params);
        m.put("sparql", sparql);
        m.put("rows", rows);
        List<Map<String, Object>> u = new ArrayList<>();
        for (Mention x : understood) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("span", List.of(x.start(), x.end()));
            e.put("text", x.text());
            e.put("kind", x.kind().slot());
            e.put("iri", x.iri());
            e.put("label", x.label());
            if (x.value() != null) e.put("value", x.value());
            u.add(e);
        }
        m.put("understood", u);
        m.put("suggestions", suggestions);
        m.put("intent", intent);
        if (value != null) m.put("value", value);
        return m;
    }
}
