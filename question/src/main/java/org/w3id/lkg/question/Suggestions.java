package org.w3id.lkg.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions nearest a refused one that the engine can answer: each intent's example, its slots filled with what
 * the question named (律师法 → 哪些事项依据律师法？), ranked by the slots it could fill and by shared character bigrams.
 */
final class Suggestions {
    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)=([^}]*)}");
    private static final int MAX = 3;

    private Suggestions() {}

    static List<String> nearest(IntentTable table, String question, List<Mention> mentions) {
        Map<EntityKind, String> named = new LinkedHashMap<>();
        for (Mention m : mentions) named.putIfAbsent(m.kind(), m.text());
        record Scored(String text, double score) {}
        List<Scored> scored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Intent i : table.intents()) {
            if (i.example().isBlank()) continue;
            Matcher m = SLOT.matcher(i.example());
            StringBuilder b = new StringBuilder();
            int filled = 0, missing = 0;
            while (m.find()) {
                EntityKind k = EntityKind.ofSlot(m.group(1)).orElseThrow();
                String v = named.get(k);
                if (v != null) filled++; else missing++;
                m.appendReplacement(b, Matcher.quoteReplacement(v != null ? v : m.group(2)));
            }
            m.appendTail(b);
            String text = b.toString();
            if (!seen.add(text)) continue;
            scored.add(new Scored(text, filled * 2.0 - missing * 0.5 + similarity(question, text)));
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(MAX).map(Scored::text).toList();
    }

    // Dice coefficient over character bigrams: cheap, and fair to Chinese, which has no spaces to split on.
    private static double similarity(String a, String b) {
        Set<String> x = bigrams(a), y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        long common = x.stream().filter(y::contains).count();
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) out.add(s.substring(i, i + 2));
        return out;
    }
}
