package org.w3id.lkg.question;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.lkg.sparql.BoundQuery;
import org.w3id.lkg.sparql.Candidate;
import org.w3id.lkg.sparql.ParameterException;
import org.w3id.lkg.sparql.ProvisionResolver;
import org.w3id.lkg.sparql.QueryCatalog;
import org.w3id.lkg.sparql.Resolution;
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
        String q = QuestionText.normalise(question);
        List<Mention> mentions = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        List<Candidate> near = new ArrayList<>();
        GraphDictionary dict = dictionary;
        for (Mention m : dict.scan(q)) mentions.add(m.kind() == EntityKind.STATUTE ? withArticle(q, m, unresolved, near) : m);
        List<String> notes = new ArrayList<>();
        mentions.replaceAll(m -> m.kind() == EntityKind.UNIT ? unitOfTheBodyNamed(dict, m, mentions, notes) : m);
        for (Mention a : AmountPhrase.find(q)) {
            // 最多罚款三千元: the amount's phrase holds 罚款, which the dictionary read as a sanction type
            mentions.removeIf(m -> m.kind() == EntityKind.SANCTION_TYPE && m.overlaps(a));
            if (mentions.stream().noneMatch(a::overlaps)) mentions.add(a);
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        unknownTitles(q, mentions, unresolved, near);
        if (!unresolved.isEmpty()) {
            List<String> suggestions = near.stream().limit(3).map(c -> "哪些事项依据" + c.label() + "？").toList();
            return refuse(q, mentions, "无法回答：图中没有" + String.join("、", unresolved), suggestions);
        }
        Set<EntityKind> present = EnumSet.noneOf(EntityKind.class);
        mentions.forEach(m -> present.add(m.kind()));
        String masked = mask(q, mentions);
        for (Intent intent : intents.intents())
            if (intent.fits(present, masked)) return run(q, intent, mentions, notes);
        return refuse(q, mentions, "无法回答这个问题：没有找到与之对应的查询" + (mentions.isEmpty() ? "" : "（识别到"
                + String.join("、", mentions.stream().map(Mention::text).toList()) + "）"), Suggestions.nearest(intents, q, mentions));
    }

    // Two bodies may each have a unit called 法律援助中心: the one under the body the question names, else the first one
    // read, saying so.
    private static Mention unitOfTheBodyNamed(GraphDictionary dict, Mention unit, List<Mention> mentions, List<String> notes) {
        List<GraphDictionary.Entry> units = dict.entries(unit.text()).stream().filter(e -> e.kind() == EntityKind.UNIT).toList();
        if (units.size() < 2) return unit;
        List<String> bodies = mentions.stream().filter(m -> m.kind() == EntityKind.BODY).map(Mention::iri).toList();
        for (GraphDictionary.Entry e : units)
            if (e.parent() != null && bodies.contains(e.parent()))
                return Mention.of(unit.start(), unit.end(), unit.text(), EntityKind.UNIT, e.iri(), e.label());
        notes.add("（有 " + units.size() + " 个承办机构名为" + unit.text() + "，只按其中第一个回答；可加上行使主体，如“"
                + "某某司法局的" + unit.text() + "”）");
        return unit;
    }

    // A statute's name followed by 第四十九条 (or 49条, 四十九条 …) is an article: resolved as /api/resolve resolves it.
    private Mention withArticle(String q, Mention statute, List<String> unresolved, List<Candidate> near) {
        int tail = ArticleTail.at(q, statute.end());
        if (tail == 0) return statute;
        String text = q.substring(statute.start(), statute.end() + tail);
        Resolution r = new ProvisionResolver(source).resolve(text);
        if (!r.resolved()) {
            unresolved.add(text);
            near.addAll(r.candidates());
            return Mention.of(statute.start(), statute.end() + tail, text, EntityKind.ARTICLE, null, text);
        }
        if (r.kind() == Resolution.Kind.DOCUMENT) return statute;
        return Mention.of(statute.start(), statute.end() + tail, text, EntityKind.ARTICLE, r.iri(), r.label());
    }

    // A title the graph does not know must not be read as the names inside it: 律师法 in a graph without it is no
    // question about 律师 (a party). So a 《…》 no statute covers, and a name run on by 法/条例/办法/规定/细则, are titles.
    private void unknownTitles(String q, List<Mention> mentions, List<String> unresolved, List<Candidate> near) {
        List<int[]> spans = new ArrayList<>();
        java.util.regex.Matcher b = BRACKETED.matcher(q);
        while (b.find()) spans.add(new int[]{b.start(1), b.end(1)});
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.STATUTE || m.kind() == EntityKind.ARTICLE || m.kind() == EntityKind.AMOUNT) continue;
            java.util.regex.Matcher t = TITLE_END.matcher(q).region(m.end(), q.length());
            if (t.lookingAt()) spans.add(new int[]{m.start(), t.end()});
        }
        for (int[] span : spans) {
            boolean covered = mentions.stream().anyMatch(m -> (m.kind() == EntityKind.STATUTE || m.kind() == EntityKind.ARTICLE)
                    && m.start() <= span[0] && m.end() >= span[1]);
            if (covered) continue;
            String title = q.substring(span[0], span[1]);
            if (unresolved.contains(title)) continue;
            unresolved.add(title);
            near.addAll(new ProvisionResolver(source).resolve(title).candidates());
        }
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("《([^《》]{2,60})》");
    private static final java.util.regex.Pattern TITLE_END = java.util.regex.Pattern.compile("(?:管理|执业管理|实施|工作)?(?:法|条例|办法|规定|细则)(?![律定院官人规])");

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
