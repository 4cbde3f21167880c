package org.w3id.lkg.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.lkg.sparql.Candidate;
import org.w3id.lkg.sparql.ProvisionResolver;
import org.w3id.lkg.sparql.Resolution;
import org.w3id.lkg.sparql.SparqlSource;

/**
 * Reads a normalised question into what it names: the graph's names (longest first), article references after a
 * statute's name (resolved by sparql's {@link ProvisionResolver}, as {@code /api/resolve} does), amounts, and the
 * references it makes to documents or articles the graph lacks.
 */
final class QuestionReader {
    private static final Pattern BRACKETED = Pattern.compile("《([^《》]{2,60})》");
    // 律师 run on by 法 is a title (律师法), not the party; 律师法律援助 or 违法 are no titles.
    private static final Pattern TITLE_END = Pattern.compile("(?:管理|执业管理|实施|工作)?(?:法|条例|办法|规定|细则)(?![律定院官人规])");

    /**
     * What a question names: its mentions in order, the references the graph has nothing for with the nearest
     * candidates, and notes on choices made (a unit name two bodies share).
     */
    record Read(String text, List<Mention> mentions, List<String> unresolved, List<Candidate> near, List<String> notes) {}

    private final SparqlSource source;
    private final GraphDictionary dictionary;

    QuestionReader(SparqlSource source, GraphDictionary dictionary) {
        this.source = source;
        this.dictionary = dictionary;
    }

    Read read(String q) {
        List<Mention> mentions = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        List<Candidate> near = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Mention m : dictionary.scan(q)) mentions.add(m.kind() == EntityKind.STATUTE ? withArticle(q, m, unresolved, near) : m);
        mentions.replaceAll(m -> m.kind() == EntityKind.UNIT ? unitOfTheBodyNamed(m, mentions, notes) : m);
        for (Mention a : AmountPhrase.find(q)) {
            // 最多罚款三千元: the amount's phrase holds 罚款, which the dictionary read as a sanction type
            mentions.removeIf(m -> m.kind() == EntityKind.SANCTION_TYPE && m.overlaps(a));
            if (mentions.stream().noneMatch(a::overlaps)) mentions.add(a);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        unknownTitles(q, mentions, unresolved, near);
        return new Read(q, mentions, unresolved, near, notes);
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

    // Two bodies may each have a unit called 法律援助中心: the one under the body the question names, else the first one
    // read, saying so.
    private Mention unitOfTheBodyNamed(Mention unit, List<Mention> mentions, List<String> notes) {
        List<GraphDictionary.Entry> units = dictionary.entries(unit.text()).stream().filter(e -> e.kind() == EntityKind.UNIT).toList();
        if (units.size() < 2) return unit;
        List<String> bodies = mentions.stream().filter(m -> m.kind() == EntityKind.BODY).map(Mention::iri).toList();
        for (GraphDictionary.Entry e : units)
            if (e.parent() != null && bodies.contains(e.parent()))
                return Mention.of(unit.start(), unit.end(), unit.text(), EntityKind.UNIT, e.iri(), e.label());
        notes.add("（有 " + units.size() + " 个承办机构名为" + unit.text() + "，只按其中第一个回答；可加上行使主体，如“某某司法局的"
                + unit.text() + "”）");
        return unit;
    }

    // A title the graph does not know must not be read as the names inside it: 律师法 in a graph without it is no
    // question about 律师 (a party). So a 《…》 no statute covers, and a name run on by 法/条例/办法/规定/细则, are titles.
    private void unknownTitles(String q, List<Mention> mentions, List<String> unresolved, List<Candidate> near) {
        List<int[]> spans = new ArrayList<>();
        Matcher b = BRACKETED.matcher(q);
        while (b.find()) spans.add(new int[]{b.start(1), b.end(1)});
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.STATUTE || m.kind() == EntityKind.ARTICLE || m.kind() == EntityKind.AMOUNT) continue;
            Matcher t = TITLE_END.matcher(q).region(m.end(), q.length());
            if (t.lookingAt()) spans.add(new int[]{m.start(), t.end()});
        }
        for (int[] span : spans) {
            boolean covered = mentions.stream().anyMatch(m -> (m.kind() == EntityKind.STATUTE || m.kind() == EntityKind.ARTICLE)
                    && m.start() <= span[0] && m.end() >= span[1]);
            String title = q.substring(span[0], span[1]);
            if (covered || unresolved.contains(title)) continue;
            unresolved.add(title);
            near.addAll(new ProvisionResolver(source).resolve(title).candidates());
        }
    }
}
