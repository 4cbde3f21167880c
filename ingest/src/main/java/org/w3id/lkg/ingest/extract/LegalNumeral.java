package org.w3id.lkg.ingest.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.w3id.lkg.ontology.text.Numeral;

/** Reads one numeral of a bound (五千, 二万, 5000, ５０００) and refuses the shapes that would give a wrong number. */
final class LegalNumeral {
    /** The characters a numeral in a bound may use; regexes embed it. */
    static final String PATTERN = Numeral.PATTERN + "(?:\\.[0-9]+)?";

    private static final Pattern DECIMAL = Pattern.compile("[0-9０-９]+(?:\\.[0-9]+)?");
    // Legal wording always writes 一千, 一万; a bare 千 or 万 is a truncated or garbled numeral, and two
    // digits in a row (五五) are no legal numeral either, whatever a lenient reader makes of them.
    private static final Pattern SUSPECT = Pattern.compile("^[百千万亿].*|.*[一二两三四五六七八九]{2}.*|.*亿.*万.*");

    private LegalNumeral() {}

    /** The value of {@code numeral}, or empty when it is not one we can read with certainty. */
    static Optional<BigDecimal> value(String numeral) {
        if (numeral == null || numeral.isBlank()) return Optional.empty();
        if (DECIMAL.matcher(numeral).matches()) return Optional.of(new BigDecimal(ascii(numeral)));
        if (SUSPECT.matcher(numeral).matches()) return Optional.empty();
        OptionalLong v = Numeral.value(numeral);
        return v.isPresent() && v.getAsLong() > 0 ? Optional.of(BigDecimal.valueOf(v.getAsLong())) : Optional.empty();
    }

    private static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        return out.toString();
    }
}
