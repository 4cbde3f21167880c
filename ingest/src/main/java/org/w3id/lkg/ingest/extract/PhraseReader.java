package org.w3id.lkg.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the sanctions one imposing phrase names (给予警告、停业整顿一个月以上六个月以下的处罚) with their bounds. */
final class PhraseReader {
    /** One sanction kind found in a phrase, with the bounds the phrase gives it (null when none). */
    record Found(SanctionType type, int position, Amount fine, Amount multiple, DurationBound duration) {}

    // 依照《律师法》第四十七条相关规定予以行政处罚 hands the penalty to another article: no sanction of its own.
    private static final Pattern REFERRAL = Pattern.compile("(依照|按照|依据).*规定");

    private PhraseReader() {}

    /** The kinds {@code phrase} imposes, in order, with bounds; unreadable numerals go to {@code problems}. */
    static List<Found> read(String phrase, Consumer<ExtractionProblem> problems) {
        List<Kind> kinds = kinds(phrase);
        List<Found> out = new ArrayList<>();
        if (kinds.isEmpty()) return out;
        Amount fine = null;
        Amount multiple = null;
        if (kinds.stream().anyMatch(k -> k.type() == SanctionType.FINE)) {
            for (Amount a : Amount.findAll(phrase, problems)) {
                if (a.unit() == Amount.Unit.YUAN) fine = fine == null ? a : fine.fill(a);
                else multiple = multiple == null ? a : multiple.fill(a);
            }
        }
        List<Located<DurationBound>> durations = List.of();
        if (kinds.stream().anyMatch(k -> k.type().hasDuration())) {
            durations = DurationBound.scan(phrase);
            DurationBound.report(phrase, durations, problems);
        }
        for (Kind k : kinds) {
            boolean isFine = k.type() == SanctionType.FINE;
            out.add(new Found(k.type(), k.position(), isFine ? fine : null, isFine ? multiple : null,
                    k.type().hasDuration() ? durationFor(k, kinds, durations) : null));
        }
        return out;
    }

    private record Kind(SanctionType type, int position) {}

    // A penalty of no named kind only when no kind is named.
    private static List<Kind> kinds(String phrase) {
        List<Kind> out = new ArrayList<>();
        for (SanctionType t : SanctionType.values()) {
            if (t == SanctionType.UNSPECIFIED_PENALTY) continue;
            Matcher m = t.pattern().matcher(phrase);
            if (m.find()) out.add(new Kind(t, m.start()));
        }
        if (out.isEmpty() && !REFERRAL.matcher(phrase).find()) {
            Matcher m = SanctionType.UNSPECIFIED_PENALTY.pattern().matcher(phrase);
            if (m.find()) out.add(new Kind(SanctionType.UNSPECIFIED_PENALTY, m.start()));
        }
        out.sort(Comparator.comparingInt(Kind::position));
        return out;
    }

    // A duration belongs to the nearest kind with a duration written before it (停业整顿一个月以上六个月以下), or,
    // when none is, to the first one after it (给予三个月以上六个月以下停止执业的处罚).
    private static DurationBound durationFor(Kind kind, List<Kind> kinds, List<Located<DurationBound>> durations) {
        for (Located<DurationBound> d : durations) {
            if (d.value() != null && ownerOf(d.start(), kinds) == kind) return d.value();
        }
        return null;
    }

    private static Kind ownerOf(int start, List<Kind> kinds) {
        Kind before = null;
        Kind after = null;
        for (Kind k : kinds) {
            if (!k.type().hasDuration()) continue;
            if (k.position() <= start) before = k;
            else if (after == null) after = k;
        }
        return before != null ? before : after;
    }
}
