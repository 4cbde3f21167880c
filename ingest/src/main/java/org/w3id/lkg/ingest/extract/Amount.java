package org.w3id.lkg.ingest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.lkg.ontology.FindingKind;

/**
 * A bound on a fine as legal wording writes it: a range of yuan ({@code 一万元以上五万元以下}) or of
 * multiples of illegal gains ({@code 违法所得一倍以上五倍以下}). Either end may be null (open):
 * {@code 五千元以下} has no minimum. Ends are inclusive, as 以上/以下 include the number itself.
 *
 * @param unit what the numbers count
 * @param min  the least amount, or null when the wording sets none
 * @param max  the greatest amount, or null when the wording sets none
 */
public record Amount(Unit unit, BigDecimal min, BigDecimal max) {

    /** What an amount counts. */
    public enum Unit {
        /** Yuan (元). */
        YUAN,
        /** Multiples (倍) of the illegal gains (违法所得). */
        MULTIPLE_OF_ILLEGAL_GAINS
    }

    private static final String N = LegalNumeral.PATTERN;
    // cap: a ceiling or floor written before the number (罚款数额最高为三万元); base: what 倍 multiplies.
    private static final Pattern SHAPE = Pattern.compile(
            "(?<cap>最高为|最高不超过|不超过|不超出|最多为?|最低为|不少于|不低于)?(?<base>违法所得的?)?"
                    + "(?<a>" + N + ")(?<u>元|倍)(?:以上(?<b>" + N + ")\\k<u>以下|(?<rel>以上|以下|以内))?");
    private static final Pattern OTHER_BASE = Pattern.compile("(货值金额|违法经营额|营业额|合同金额|货物价值)的?$");

    /**
     * Reads {@code text} when it is exactly one amount (after a leading 处/处以/并处 and a trailing 的罚款/罚款):
     * {@code 五千元以下} → ≤5000 yuan, {@code 二万元} → 20000..20000, {@code 违法所得一倍以上五倍以下} → 1..5 times.
     * Empty when it is no amount or its numeral cannot be read with certainty ({@code 若干元}).
     */
    public static Optional<Amount> parse(String text) {
        if (text == null) return Optional.empty();
        String core = text.strip().replaceFirst("^(并处|处以|处|罚款数额)", "").replaceFirst("的?罚款$", "");
        return Located.whole(core, scan(core));
    }

    /**
     * Every amount in {@code text}, in order. Amount-shaped wording that cannot be read ({@code 若干元},
     * {@code 五千余元}, a multiple of something other than illegal gains) goes to {@code problems}, never
     * into the list.
     */
    public static List<Amount> findAll(String text, Consumer<ExtractionProblem> problems) {
        List<Amount> out = new ArrayList<>();
        List<Located<Amount>> found = scan(text);
        String rest = Located.rest(text, found);
        for (Located<Amount> l : found) {
            if (l.value() != null) out.add(l.value());
            else problems.accept(unread(l.text(), text));
        }
        if (rest.indexOf("元") >= 0 || rest.indexOf("倍") >= 0) problems.accept(unread(rest.strip(), text));
        return out;
    }

    /** Every amount-shaped span in {@code text}; a span's value is null when its numeral or base is unreadable. */
    static List<Located<Amount>> scan(String text) {
        List<Located<Amount>> out = new ArrayList<>();
        Matcher m = SHAPE.matcher(text);
        while (m.find()) out.add(new Located<>(m.start(), m.end(), m.group(), read(m, text)));
        return out;
    }

    private static Amount read(Matcher m, String text) {
        boolean multiple = m.group("u").equals("倍");
        if (multiple && m.group("base") == null && OTHER_BASE.matcher(text.substring(0, m.start())).find()) return null;
        Unit unit = multiple ? Unit.MULTIPLE_OF_ILLEGAL_GAINS : Unit.YUAN;
        Optional<BigDecimal> a = LegalNumeral.value(m.group("a"));
        if (a.isEmpty()) return null;
        if (m.group("b") != null) {
            Optional<BigDecimal> b = LegalNumeral.value(m.group("b"));
            return b.map(max -> new Amount(unit, a.get(), max)).orElse(null);
        }
        String cap = m.group("cap") == null ? "" : m.group("cap");
        String rel = m.group("rel") == null ? "" : m.group("rel");
        boolean floor = cap.startsWith("最低") || cap.startsWith("不少") || cap.startsWith("不低") || rel.equals("以上");
        boolean ceiling = !cap.isEmpty() && !floor || rel.equals("以下") || rel.equals("以内");
        return new Amount(unit, ceiling ? null : a.get(), floor ? null : a.get());
    }

    private static ExtractionProblem unread(String span, String context) {
        return new ExtractionProblem(FindingKind.UNPARSED_AMOUNT,
                "cannot read the amount 「" + span + "」: expected a numeral before 元 or 倍 (五千元以下, 违法所得一倍以上五倍以下)",
                context);
    }

    /** This range widened to take the ends {@code other} sets and this one leaves open. */
    Amount fill(Amount other) {
        return new Amount(unit, min != null ? min : other.min, max != null ? max : other.max);
    }
}
