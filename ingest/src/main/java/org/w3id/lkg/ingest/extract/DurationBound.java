package org.w3id.lkg.ingest.extract;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.lkg.ontology.FindingKind;

/**
 * A bound on how long a suspension or closure lasts, as legal wording writes it:
 * {@code 三个月以上六个月以下} → P3M..P6M, {@code 三个月以上一年以下} → P3M..P1Y, {@code 三个月以下} → ..P3M.
 * Either end may be null (open); ends are inclusive.
 *
 * @param min the shortest period, or null when the wording sets none
 * @param max the longest period, or null when the wording sets none
 */
public record DurationBound(Period min, Period max) {
    private static final String N = LegalNumeral.PATTERN;
    private static final String UNIT = "个月|月|年|日|天";
    private static final Pattern SHAPE = Pattern.compile("(?<a>" + N + ")(?<u>" + UNIT + ")(?:以上(?<b>" + N + ")(?<v>"
            + UNIT + ")以下|(?<rel>以上|以下|以内))?");
    // What is left of a phrase after the readable durations are cut out still looks like a duration.
    private static final Pattern LEFTOVER = Pattern.compile("个月|[月年日天](?:以上|以下|以内)");

    /** The lower end as an xsd:duration lexical form ({@code P3M}), or null. */
    public String minLexical() {
        return min == null ? null : min.toString();
    }

    /** The upper end as an xsd:duration lexical form ({@code P1Y}), or null. */
    public String maxLexical() {
        return max == null ? null : max.toString();
    }

    /** Reads {@code text} when it is exactly one duration bound; empty when it is none or its numeral is unreadable. */
    public static Optional<DurationBound> parse(String text) {
        if (text == null) return Optional.empty();
        String core = text.strip();
        return Located.whole(core, scan(core));
    }

    /** Every duration bound in {@code text}, in order; unreadable duration wording goes to {@code problems}. */
    public static List<DurationBound> findAll(String text, Consumer<ExtractionProblem> problems) {
        List<Located<DurationBound>> found = scan(text);
        report(text, found, problems);
        return found.stream().map(Located::value).filter(v -> v != null).toList();
    }

    /** Reports the unreadable {@code found} spans, and duration-like wording left in {@code text} once they are cut out. */
    static void report(String text, List<Located<DurationBound>> found, Consumer<ExtractionProblem> problems) {
        for (Located<DurationBound> l : found) if (l.value() == null) problems.accept(unread(l.text(), text));
        String rest = Located.rest(text, found);
        if (LEFTOVER.matcher(rest).find()) problems.accept(unread(rest.strip(), text));
    }

    /** Every duration-shaped span in {@code text}; a span's value is null when a numeral is unreadable. */
    static List<Located<DurationBound>> scan(String text) {
        List<Located<DurationBound>> out = new ArrayList<>();
        Matcher m = SHAPE.matcher(text);
        while (m.find()) out.add(new Located<>(m.start(), m.end(), m.group(), read(m)));
        return out;
    }

    private static DurationBound read(Matcher m) {
        Optional<Period> a = period(m.group("a"), m.group("u"));
        if (a.isEmpty()) return null;
        if (m.group("b") != null) return period(m.group("b"), m.group("v")).map(b -> new DurationBound(a.get(), b)).orElse(null);
        String rel = m.group("rel") == null ? "" : m.group("rel");
        return new DurationBound(rel.startsWith("以下") || rel.equals("以内") ? null : a.get(), rel.equals("以上") ? null : a.get());
    }

    private static Optional<Period> period(String numeral, String unit) {
        return LegalNumeral.value(numeral).filter(v -> v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0)
                .map(v -> switch (unit) {
                    case "年" -> Period.ofYears(v.intValueExact());
                    case "日", "天" -> Period.ofDays(v.intValueExact());
                    default -> Period.ofMonths(v.intValueExact());
                });
    }

    private static ExtractionProblem unread(String span, String context) {
        return new ExtractionProblem(FindingKind.UNPARSED_DURATION,
                "cannot read the duration 「" + span + "」: expected a numeral before 个月, 年 or 日 (三个月以上六个月以下)", context);
    }

    /** This bound with the ends {@code other} sets and this one leaves open. */
    DurationBound fill(DurationBound other) {
        return new DurationBound(min != null ? min : other.min, max != null ? max : other.max);
    }
}
