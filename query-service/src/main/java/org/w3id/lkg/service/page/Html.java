package org.w3id.lkg.service.page;

/**
 * The one writer of HTML: text and attribute values are always escaped, markup comes only from tag names and
 * constants in this package. Pages are Java code rather than templates so that this holds by construction: there is
 * no way to put a string from the graph into the page unescaped.
 */
public final class Html {
    private final StringBuilder b = new StringBuilder(16 * 1024);

    /** Escapes text for element content and quoted attribute values. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Opens {@code tag} with attributes given as name, value pairs (a null value leaves the attribute out). */
    public Html open(String tag, String... attributes) {
        b.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] == null) continue;
            b.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        b.append('>');
        return this;
    }

    public Html close(String tag) {
        b.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag …>text</tag>}. */
    public Html el(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    public Html text(String text) {
        b.append(escape(text));
        return this;
    }

    /** A link; an empty or null href writes the text alone. */
    public Html a(String href, String text, String... attributes) {
        if (href == null || href.isEmpty()) return text(text);
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return el("a", text, all);
    }

    /** A row of a definition list: term and description, the description written by {@code body}. */
    public Html row(String term, Runnable body) {
        el("dt", term);
        open("dd");
        body.run();
        return close("dd");
    }

    /** Markup constant of this package (never a value from outside). */
    Html markup(String constant) {
        b.append(constant);
        return this;
    }

    @Override
    public String toString() { return b.toString(); }
}
