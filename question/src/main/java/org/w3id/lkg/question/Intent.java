package org.w3id.lkg.question;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of the intent table: when a question holds every slot in {@code needs}, none in {@code forbids}, and its masked form (each mention
 * replaced by {@code ⟨slot⟩}) matches {@code cue}, run canned query {@code query} with {@code params} (query
 * parameter → slot whose mention's IRI it takes; {@code @amount} binds the amount's comparison) and write the answer
 * in {@code mode} from {@code template}. {@code example} is a question it answers, {@code {slot=default}} marking
 * where a mention goes, for suggestions.
 *
 * @param line the table line, for messages
 */
public record Intent(String name, String query, Set<EntityKind> needs, Set<EntityKind> forbids, Map<String, EntityKind> params, Pattern cue,
                     AnswerMode mode, String template, String example, int line) {
    /** The query parameters an amount's comparison binds. */
    static final Map<AmountPhrase.Comparison, String> AMOUNT_PARAMS = Map.of(
            AmountPhrase.Comparison.MORE_THAN, "moreThan", AmountPhrase.Comparison.AT_LEAST, "atLeast",
            AmountPhrase.Comparison.AT_MOST, "atMost", AmountPhrase.Comparison.LESS_THAN, "lessThan",
            AmountPhrase.Comparison.EQUAL, "atLeast");
    /** The pseudo-parameter that binds an amount by its comparison. */
    static final String AMOUNT = "@amount";

    /** Whether this intent takes the question with these mentions, masked as {@code masked}. */
    boolean fits(Set<EntityKind> present, String masked) {
        return present.containsAll(needs) && forbids.stream().noneMatch(present::contains) && cue.matcher(masked).find();
    }

    /** The slots the example names, in order. */
    List<EntityKind> exampleSlots() {
        return Pattern.compile("\\{([a-zA-Z]+)=[^}]*}").matcher(example).results()
                .map(r -> EntityKind.ofSlot(r.group(1)).orElseThrow()).toList();
    }
}
