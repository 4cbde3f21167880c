package org.w3id.lkg.ingest.statute;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The official text of one version of a legal document: its title, version date and articles by number. */
public record StatuteText(String title, LocalDate versionDate, NavigableMap<Integer, OfficialArticle> articles, Path source) {
    public StatuteText {
        articles = Collections.unmodifiableNavigableMap(new TreeMap<>(articles));
    }

    /** Article {@code number}, or null when the text has none. */
    public OfficialArticle article(int number) { return articles.get(number); }

    /** The number of the last article, 0 for a text without articles. */
    public int lastArticle() { return articles.isEmpty() ? 0 : articles.lastKey(); }
}
