package org.w3id.lkg.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A duration as people write one on a command line: {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, or ISO {@code PT30S}. */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(v);
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        } else {
            try {
                d = Duration.parse(value.strip());
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + value + "' is not a duration; write e.g. 30s, 500ms, 2m");
            }
        }
        if (d.isZero() || d.isNegative()) throw new TypeConversionException("'" + value + "': the duration must be positive");
        return d;
    }
}
