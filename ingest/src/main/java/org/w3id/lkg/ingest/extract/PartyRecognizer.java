package org.w3id.lkg.ingest.extract;

import org.w3id.lkg.ontology.text.Numeral;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parties (律师, 律师事务所, 社区矫正对象 …) that an item name or an article names, by HanLP
 * segmentation with a dictionary of party terms forced in, so that the longest term wins (律师事务所 is
 * never 律师 + 事务所). Uses the portable jar's own data and a private dictionary object, so it changes
 * no global HanLP state. Thread-safe once created; create one and share it.
 */
public final class PartyRecognizer {
    /** The bundled term list: {@code term TAB party-key}, or {@code -} for words that name no party. */
    public static final String TERMS_RESOURCE = "/org/w3id/lkg/ingest/extract/party-terms.tsv";

    // Titles (《律师事务所管理办法》) name documents, not parties: blank them out, keeping offsets.
    private static final Pattern TITLE = Pattern.compile("《[^》]*》");

    private final Map<String, Optional<Party>> terms;
    private final Segment segment;
    // Lists quote the same articles again and again (every city's list cites 律师法第四十九条 and its wording), and
    // segmentation was a fifth of extracting a list: each text is segmented once. Bounded: emptied when full.
    private static final int REMEMBERED = 8192;
    private final Map<String, List<PartyMention>> remembered = new ConcurrentHashMap<>();

    private PartyRecognizer(Map<String, Optional<Party>> terms) {
        this.terms = Map.copyOf(terms);
        TreeMap<String, CoreDictionary.Attribute> words = new TreeMap<>();
        for (String t : terms.keySet()) words.put(t, new CoreDictionary.Attribute(Nature.nz, 1000));
        DoubleArrayTrie<CoreDictionary.Attribute> dat = new DoubleArrayTrie<>();
        dat.build(words);
        // A dictionary object of our own (path null: load nothing from disk) rather than CustomDictionary.insert,
        // which would change segmentation for every other HanLP user in the JVM (the query service).
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary(dat, new BinTrie<>(), null);
        // No name recognition: it reads 有关律师 as a person named 关律师, and loading its models costs time.
        this.segment = new ViterbiSegment().enableCustomDictionary(dictionary).enableCustomDictionaryForcing(true)
                .enableNameRecognize(false).enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false).enableOrganizationRecognize(false)
                .enableOffset(true).enablePartOfSpeechTagging(false);
    }

    /** A recognizer with the bundled party terms ({@link #TERMS_RESOURCE}). */
    public static PartyRecognizer create() {
        try (InputStream in = PartyRecognizer.class.getResourceAsStream(TERMS_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + TERMS_RESOURCE);
            return withTerms(readTerms(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recognizer with the given terms; an empty value marks a word that contains a party term but names none. */
    public static PartyRecognizer withTerms(Map<String, Optional<Party>> terms) {
        return new PartyRecognizer(terms);
    }

    /** The parties {@code text} names, in order of first mention. */
    public Set<Party> find(String text) {
        Set<Party> out = new LinkedHashSet<>();
        for (PartyMention m : mentions(text)) out.add(m.party());
        return Collections.unmodifiableSet(out);
    }

    /**
     * The parties an item acts on: those its name names; when the name names none, those named as the subject of
     * the articles its basis quotes ({@code quotedWordings}, one per cited article as the citation parser cut them:
     * 律师、基层法律服务工作者有下列情形之一的 …).
     */
    public Set<Party> ofItem(String itemName, List<String> quotedWordings) {
        Set<Party> fromName = find(itemName);
        if (!fromName.isEmpty() || quotedWordings == null) return fromName;
        Set<Party> out = new LinkedHashSet<>();
        for (String w : quotedWordings) ArticleText.subjectOf(w).ifPresent(s -> out.addAll(find(s)));
        return Collections.unmodifiableSet(out);
    }

    /**
     * Every party term in {@code text}. Where two terms touch, the first only qualifies the second
     * (未成年社区矫正对象监护人 is a guardian), so only the second counts; 基层法律服务机构、人员 also
     * names 基层法律服务人员.
     */
    public List<PartyMention> mentions(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<PartyMention> known = remembered.get(text);
        if (known != null) return known;
        List<PartyMention> found = segmented(text);
        if (remembered.size() >= REMEMBERED) remembered.clear();
        remembered.put(text, found);
        return found;
    }

    private List<PartyMention> segmented(String text) {
        List<Term> seg = segment.seg(blankTitles(text));
        List<PartyMention> out = new ArrayList<>();
        for (int i = 0; i < seg.size(); i++) {
            Term t = seg.get(i);
            Optional<Party> p = terms.getOrDefault(t.word, Optional.empty());
            if (p.isEmpty()) continue;
            boolean qualifiesNext = i + 1 < seg.size() && terms.getOrDefault(seg.get(i + 1).word, Optional.empty()).isPresent();
            if (!qualifiesNext) out.add(new PartyMention(p.get(), t.word, t.offset));
            elided(seg, i).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    // 基层法律服务机构、人员: the second noun drops the shared stem; put it back and look it up.
    private Optional<PartyMention> elided(List<Term> seg, int i) {
        if (i + 2 >= seg.size() || !seg.get(i + 1).word.equals("、") || !seg.get(i + 2).word.equals("人员")) return Optional.empty();
        String word = seg.get(i).word;
        String stem = word.replaceFirst("(机构|所)$", "");
        if (stem.equals(word)) return Optional.empty();
        String full = stem + "人员";
        return terms.getOrDefault(full, Optional.empty()).map(p -> new PartyMention(p, full, seg.get(i + 2).offset));
    }

    private static String blankTitles(String text) {
        StringBuilder out = new StringBuilder(text);
        Matcher m = TITLE.matcher(text);
        while (m.find()) for (int i = m.start(); i < m.end(); i++) out.setCharAt(i, ' ');
        return out.toString();
    }

    static Map<String, Optional<Party>> readTerms(BufferedReader in) throws IOException {
        Map<String, Optional<Party>> out = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length != 2) throw new IllegalArgumentException("party term line needs term<TAB>key: " + line);
            out.put(cols[0].strip(), cols[1].strip().equals("-") ? Optional.empty() : Optional.of(Party.ofKey(cols[1].strip())));
        }
        return out;
    }
}
