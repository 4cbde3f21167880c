package org.w3id.lkg.ingest.extract;

import java.util.List;
import java.util.Optional;

/** A value read from a span [start, end) of a text; {@code value} is null when the span had the shape but not a readable numeral. */
record Located<T>(int start, int end, String text, T value) {

    /** The value of {@code found} when it is exactly one span covering all of {@code core}; else empty. */
    static <T> Optional<T> whole(String core, List<Located<T>> found) {
        if (found.size() != 1) return Optional.empty();
        Located<T> only = found.get(0);
        return only.start() == 0 && only.end() == core.length() ? Optional.ofNullable(only.value()) : Optional.empty();
    }

    /** {@code text} with the {@code found} spans cut out: the wording none of them read. */
    static String rest(String text, List<? extends Located<?>> found) {
        StringBuilder rest = new StringBuilder(text);
        for (int i = found.size() - 1; i >= 0; i--) rest.delete(found.get(i).start(), found.get(i).end());
        return rest.toString();
    }
}
