package org.w3id.lkg.question;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.w3id.lkg.sparql.CannedQuery;
import org.w3id.lkg.sparql.QueryCatalog;

/**
 * The intents, read from a TSV table (the default: {@code org/w3id/lkg/question/intents.tsv}): one row per way of
 * asking, tried in order, the first that fits wins. Every row is checked against the query catalogue when read — the
 * query exists, every parameter is one of its parameters, every required parameter is bound — so a bad row fails at
 * start-up with its line, not on some later question.
 */
public final class IntentTable {
    /** The table shipped in this module. */
    public static final String DEFAULT = "org/w3id/lkg/question/intents.tsv";

    private final List<Intent> intents;

    private IntentTable(List<Intent> intents) { this.intents = List.copyOf(intents); }

    /** The rows in order. */
    public List<Intent> intents() { return intents; }

    /** The table shipped in this module, checked against {@code catalog}. */
    public static IntentTable standard(QueryCatalog catalog) {
        try (InputStream in = IntentTable.class.getClassLoader().getResourceAsStream(DEFAULT)) {
            if (in == null) throw new QuestionException(DEFAULT + ": not on the classpath");
            return parse(DEFAULT, new String(in.readAllBytes(), StandardCharsets.UTF_8), catalog);
        } catch (IOException e) {
            throw new QuestionException(DEFAULT + ": " + e.getMessage());
        }
    }

    /**
     * Reads a table: {@code #} lines are comments; each row is {@code intent  query  needs  params  cue  answer
     * example}, tab-separated; {@code needs} lists slots, {@code !slot} one that must be absent; {@code needs} and
     * {@code params} may be {@code -}.
     */
    public static IntentTable parse(String source, String text, QueryCatalog catalog) {
        List<Intent> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(row(source, i + 1, line.split("\t", -1), catalog));
        }
        if (out.isEmpty()) throw new QuestionException(source + ": no intents");
        return new IntentTable(out);
    }

    private static Intent row(String source, int line, String[] cells, QueryCatalog catalog) {
        String at = source + ":" + line + ": ";
        if (cells.length != 7) throw new QuestionException(at + "expected 7 tab-separated cells "
                + "(intent, query, needs, params, cue, answer, example), found " + cells.length);
        CannedQuery q = catalog.find(cells[1]).orElseThrow(() -> new QuestionException(at + "no canned query '" + cells[1]
                + "'; the catalogue has " + catalog.names()));
        Set<EntityKind> needs = EnumSet.noneOf(EntityKind.class);
        Set<EntityKind> forbids = EnumSet.noneOf(EntityKind.class);
        if (!cells[2].equals("-")) for (String s : cells[2].split(",")) {
            String t = s.strip();
            if (t.startsWith("!")) forbids.add(slot(at, t.substring(1)));
            else needs.add(slot(at, t));
        }
        Map<String, EntityKind> params = new LinkedHashMap<>();
        if (!cells[3].equals("-")) for (String pair : cells[3].split("\\s+")) {
            if (pair.equals(Intent.AMOUNT)) { params.put(Intent.AMOUNT, EntityKind.AMOUNT); continue; }
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) throw new QuestionException(at + "parameter '" + pair + "': expected param=slot or @amount");
            if (q.parameter(kv[0]).isEmpty()) throw new QuestionException(at + q.name() + " has no parameter '" + kv[0] + "'");
            params.put(kv[0], slot(at, kv[1]));
        }
        q.parameters().stream().filter(p -> p.required() && !params.containsKey(p.name())).findFirst().ifPresent(p -> {
            throw new QuestionException(at + q.name() + " needs parameter '" + p.name() + "', the row binds none");
        });
        Pattern cue;
        try {
            cue = Pattern.compile(cells[4]);
        } catch (PatternSyntaxException e) {
            throw new QuestionException(at + "cue is not a regular expression: " + e.getDescription());
        }
        String[] answer = cells[5].split("\\|", 2);
        AnswerMode mode;
        try {
            mode = AnswerMode.valueOf(answer[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new QuestionException(at + "answer mode '" + answer[0] + "': expected one of " + List.of(AnswerMode.values()));
        }
        Intent intent = new Intent(cells[0], q.name(), needs, forbids, params, cue, mode, answer.length > 1 ? answer[1] : "", cells[6], line);
        intent.exampleSlots();   // checks the example's slots
        return intent;
    }

    private static EntityKind slot(String at, String s) {
        return EntityKind.ofSlot(s).orElseThrow(() -> new QuestionException(at + "unknown slot '" + s + "'; slots: "
                + java.util.Arrays.stream(EntityKind.values()).map(EntityKind::slot).toList()));
    }
}
