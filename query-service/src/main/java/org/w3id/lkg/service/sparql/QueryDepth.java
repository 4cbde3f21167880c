package org.w3id.lkg.service.sparql;

/**
 * How deeply a query text nests, measured on the text before any parser sees it: groups and brackets inside each
 * other, plus the UNION alternatives chained at one level (Jena nests a chain of n alternatives n deep). The parser,
 * the algebra compiler and the engine all recurse on that depth, so a bound on it is what keeps a hostile query from
 * overflowing a thread's stack. Strings, IRIs and comments are skipped.
 */
final class QueryDepth {
    private QueryDepth() {}

    /** The depth of {@code text}; stops counting once it passes {@code limit}. */
    static int of(String text, int limit) {
        int[] unions = new int[Math.min(text.length(), limit + 2) + 1];
        int depth = 0, max = 0;
        for (int i = 0, n = text.length(); i < n && max <= limit; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> i = skipTo(text, i, '\n');
                case '"', '\'' -> i = skipString(text, i, c);
                case '<' -> i = skipIri(text, i);
                case '{', '(', '[' -> {
                    depth++;
                    if (depth < unions.length) unions[depth] = 0;
                    max = Math.max(max, depth);
                }
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                default -> {
                    if ((c == 'U' || c == 'u') && text.regionMatches(true, i, "UNION", 0, 5) && boundary(text, i - 1)
                            && boundary(text, i + 5) && depth < unions.length) {
                        unions[depth]++;
                        max = Math.max(max, depth + unions[depth]);
                        i += 4;
                    }
                }
            }
        }
        return max;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static int skipTo(String text, int i, char end) {
        int j = text.indexOf(end, i + 1);
        return j < 0 ? text.length() : j;
    }

    private static int skipString(String text, int i, char quote) {
        boolean longString = text.startsWith(String.valueOf(quote).repeat(3), i);
        if (longString) {
            int j = text.indexOf(String.valueOf(quote).repeat(3), i + 3);
            return j < 0 ? text.length() : j + 2;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') j++;
            else if (c == quote || c == '\n') return j;
        }
        return text.length();
    }

    // '<' starts an IRI only when a '>' closes it before any space; otherwise it is the less-than operator.
    private static int skipIri(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '>') return j;
            if (Character.isWhitespace(c) || c == '{' || c == '}' || c == '(' || c == ')') return i;
        }
        return i;
    }
}
