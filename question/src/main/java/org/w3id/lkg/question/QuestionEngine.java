package org.w3id.lkg.question;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.lkg.sparql.BoundQuery;
import org.w3id.lkg.sparql.ParameterException;
import org.w3id.lkg.sparql.QueryCatalog;
import org.w3id.lkg.sparql.SparqlSource;

/**
 * Answers a question in Chinese by one canned query, or refuses it with suggestions. The graph's names are read once
 * into a {@link GraphDictionary} when the engine is built and again on {@link #reload()} (call it after a load); a
 * question only scans them. Thread-safe: a reload swaps the dictionary whole.
 */
public final class QuestionEngine {
    /** Longer questions are refused (a question is a sentence; a page of text is not one). */
    public static final int MAX_LENGTH = 200;

    private final SparqlSource source;
    private final QueryCatalog catalog;
    private final IntentTable intents;
    private volatile GraphDictionary dictionary;
    private volatile Duration lastBuild = Duration.ZERO;

    private QuestionEngine(Builder b) {
        this.source = b.source;
        this.catalog = b.catalog;
        this.intents = b.intents != null ? b.intents : IntentTable.standard(b.catalog);
        reload();
    }

    /** A builder; {@code source} is required, the catalogue defaults to the classpath's, the table to the shipped one. */
    public static Builder builder() { return new Builder(); }

    /** Reads the graph's names again (after a load), replacing the dictionary when done. */
    public void reload() {
        long start = System.nanoTime();
        GraphDictionary d = GraphDictionary.read(source);
        lastBuild = Duration.ofNanos(System.nanoTime() - start);
        dictionary = d;
    }

    /** The names the engine knows now. */
    public GraphDictionary dictionary() { return dictionary; }

    /** How long the last dictionary build took (the start-up cost per load). */
    public Duration lastBuild() { return lastBuild; }

    /** The intent table in use. */
    public IntentTable intents() { return intents; }

    /**
     * Answers {@code question}.
     *
     * @throws QuestionException when it is empty or longer than {@link #MAX_LENGTH} characters
     */
    public Answer ask(String question) {
        if (question == null || question.isBlank()) throw new QuestionException("the question is empty; ask e.g. 哪些事项依据律师法第四十九条？");
        if (question.length() > MAX_LENGTH)
            throw new QuestionException("the question has " + question.length() + " characters; at most " + MAX_LENGTH + " are read");
        QuestionReader.Read read = new QuestionReader(source, dictionary).read(QuestionText.normalise(question));
        String q = read.text();
        List<Mention> mentions = read.mentions();
        if (!read.unresolved().isEmpty()) {
            List<String> suggestions = read.near().stream().limit(3).map(c -> "哪些事项依据" + c.label() + "？").toList();
            return refuse(q, mentions, "无法回答：图中没有" + String.join("、", read.unresolved()), suggestions);
        }
        Set<EntityKind> present = EnumSet.noneOf(EntityKind.class);
        mentions.forEach(m -> present.add(m.kind()));
        String masked = mask(q, mentions);
        for (Intent intent : intents.intents())
            if (intent.fits(present, masked)) return run(q, intent, mentions, read.notes());
        return refuse(q, mentions, "无法回答这个问题：没有找到与之对应的查询" + (mentions.isEmpty() ? "" : "（识别到"
                + String.join("、", mentions.stream().map(Mention::text).toList()) + "）"), Suggestions.nearest(intents, q, mentions));
    }

    private static String mask(String q, List<Mention> mentions) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Mention m : mentions) {
            b.append(q, at, m.start()).append('⟨').append(m.kind().slot()).append('⟩');
            at = m.end();
        }
        return b.append(q.substring(at)).toString();
    }

    private Answer run(String q, Intent intent, List<Mention> mentions, List<String> notes) {
        Map<String, String> values = new LinkedHashMap<>();
        intent.params().forEach((param, kind) -> {
            Mention m = mentions.stream().filter(x -> x.kind() == kind).findFirst().orElse(null);
            if (m == null) return;
            if (param.equals(Intent.AMOUNT))
                values.put(Intent.AMOUNT_PARAMS.get(AmountPhrase.Comparison.ofSign(m.label())), m.value().toPlainString());
            else values.put(param, m.iri());
        });
        BoundQuery bound;
        try {
            bound = catalog.get(intent.query()).bind(values, source);
        } catch (ParameterException e) {
            return refuse(q, mentions, "无法回答：" + e.getMessage(), Suggestions.nearest(intents, q, mentions));
        }
        List<Map<String, Object>> rows = ResultRows.of(source.select(bound.query()));
        AnswerWriter.Written w = AnswerWriter.write(intent, mentions, rows);
        String text = w.text() + onlyTheFirst(intent, mentions)
                + (intent.params().containsValue(EntityKind.UNIT) ? String.join("", notes) : "");
        Map<String, Object> params = new LinkedHashMap<>();
        bound.bindings().forEach((k, n) -> params.put(k, ResultRows.value(n)));
        return new Answer(q, text, intent.name(), intent.query(), params, bound.sparql(), rows, mentions, List.of(), w.value());
    }

    // 律师法和公证法分别涉及哪些事项: one query binds one value; say which one was used rather than drop the other silently.
    private static String onlyTheFirst(Intent intent, List<Mention> mentions) {
        StringBuilder note = new StringBuilder();
        for (EntityKind kind : new java.util.LinkedHashSet<>(intent.params().values())) {
            List<Mention> same = mentions.stream().filter(m -> m.kind() == kind).toList();
            if (same.size() > 1) note.append("（问题中有 ").append(same.size()).append(" 个").append(KIND_NAMES.get(kind))
                    .append("，只按第一个“").append(same.get(0).text()).append("”回答）");
        }
        return note.toString();
    }

    private static final Map<EntityKind, String> KIND_NAMES = Map.of(EntityKind.STATUTE, "法律文件", EntityKind.ARTICLE, "条文",
            EntityKind.UNIT, "承办机构", EntityKind.BODY, "行使主体", EntityKind.PARTY, "相对人", EntityKind.POWER_TYPE, "权力类型",
            EntityKind.SANCTION_TYPE, "处罚种类", EntityKind.ITEM, "事项", EntityKind.LIST, "清单", EntityKind.AMOUNT, "金额");

    private static Answer refuse(String q, List<Mention> mentions, String why, List<String> suggestions) {
        return new Answer(q, why, null, null, Map.of(), null, List.of(), mentions, suggestions, null);
    }

    /** Configures a {@link QuestionEngine}. */
    public static final class Builder {
        private SparqlSource source;
        private QueryCatalog catalog;
        private IntentTable intents;

        private Builder() {}

        /** Where the names are read and the queries run (required). */
        public Builder source(SparqlSource source) { this.source = source; return this; }

        /** The canned queries (default: {@link QueryCatalog#fromClasspath()}). */
        public Builder catalog(QueryCatalog catalog) { this.catalog = catalog; return this; }

        /** The intents (default: {@link IntentTable#standard}, the table this module ships). */
        public Builder intents(IntentTable intents) { this.intents = intents; return this; }

        /** The engine, its dictionary read from the source. */
        public QuestionEngine build() {
            if (source == null) throw new IllegalStateException("a QuestionEngine needs a source");
            if (catalog == null) catalog = QueryCatalog.fromClasspath();
            return new QuestionEngine(this);
        }
    }
}
