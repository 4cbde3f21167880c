package org.w3id.lkg.ingest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.w3id.lkg.ontology.FindingKind;

/** A sanction being gathered from an article: a second mention of the same (type, serious, parties) adds to the first. */
final class SanctionDraft {
    private final SanctionType type;
    private final boolean serious;
    private final String condition;
    private final Set<Party> parties = new LinkedHashSet<>();
    private final List<String> phrases = new ArrayList<>();
    private Amount fine;
    private Amount multiple;
    private DurationBound duration;
    private String authority;

    SanctionDraft(SanctionType type, boolean serious, Collection<Party> parties, String condition) {
        this.type = type;
        this.serious = serious;
        this.parties.addAll(parties);
        this.condition = condition;
    }

    /** Drafts with the same key are one sanction: same kind, same seriousness, same parties. */
    static String key(SanctionType type, boolean serious, Collection<Party> parties) {
        return type.key() + "/" + serious + "/" + parties;
    }

    /** Adds what one phrase says; a bound that contradicts an earlier one is reported and dropped. */
    void add(PhraseReader.Found found, String phrase, String authority, Consumer<ExtractionProblem> problems) {
        if (!phrases.contains(phrase)) phrases.add(phrase);
        if (this.authority == null) this.authority = authority;
        if (found.fine() != null) fine = fine == null ? found.fine() : checked(fine, found.fine(), phrase, problems);
        if (found.multiple() != null) multiple = multiple == null ? found.multiple() : checked(multiple, found.multiple(), phrase, problems);
        DurationBound d = found.duration();
        if (d != null && duration == null) duration = d;
        else if (d != null) {
            if (!agree(duration.min(), d.min()) || !agree(duration.max(), d.max())) problems.accept(conflict(phrase));
            duration = duration.fill(d);
        }
    }

    /**
     * The sanctions of one article. Each is named {type}[-serious] as MODEL.md says, with the party keys
     * appended (fine-law-firm-head) only where one article has the same kind for different parties.
     */
    static List<Sanction> buildAll(Collection<SanctionDraft> drafts) {
        Map<String, Long> perKind = drafts.stream().collect(Collectors.groupingBy(SanctionDraft::baseName, Collectors.counting()));
        return drafts.stream().map(d -> d.build(perKind.get(d.baseName()) == 1 ? d.baseName() : d.baseName() + d.partySuffix())).toList();
    }

    private String baseName() {
        return type.key() + (serious ? "-serious" : "");
    }

    private String partySuffix() {
        return parties.isEmpty() ? "-unnamed" : parties.stream().map(p -> "-" + p.key()).collect(Collectors.joining());
    }

    private Sanction build(String localName) {
        return new Sanction(localName, type, serious, fine, multiple, duration, authority, List.copyOf(parties), condition,
                String.join("，", phrases));
    }

    private Amount checked(Amount had, Amount now, String phrase, Consumer<ExtractionProblem> problems) {
        if (!agree(had.min(), now.min()) || !agree(had.max(), now.max())) problems.accept(conflict(phrase));
        return had.fill(now);
    }

    // Two ends agree when either is open or both are the same number (5000 and 5000.0 alike).
    private static boolean agree(Object a, Object b) {
        if (a == null || b == null) return true;
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
        return Objects.equals(a, b);
    }

    private ExtractionProblem conflict(String phrase) {
        return new ExtractionProblem(FindingKind.CONFLICTING_BOUNDS,
                "the article bounds " + type.label() + " twice, differently; the first bound is kept", phrase);
    }
}
