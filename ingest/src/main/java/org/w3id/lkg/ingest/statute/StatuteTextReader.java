package org.w3id.lkg.ingest.statute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.lkg.ingest.table.SourcePosition;
import org.w3id.lkg.ontology.text.Numeral;

/**
 * Reads one statute file in the LawRefBook Markdown form: a {@code # title} line, dated version lines up to
 * {@code <!-- INFO END -->}, then {@code ##} headings, articles starting {@code 第N条 }, each further line a paragraph
 * (款) and lines starting {@code （一）} points (项) of the paragraph before them.
 */
public final class StatuteTextReader {
    private static final Pattern ARTICLE = Pattern.compile("^第(" + Numeral.PATTERN + ")条(之" + Numeral.ENUMERATOR + ")?(?:[\\s\\u3000]+|$)");
    private static final Pattern POINT = Pattern.compile("^[（(]" + Numeral.ENUMERATOR + "[）)]");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern FILE_DATE = Pattern.compile("[（(](\\d{4})-(\\d{2})-(\\d{2})[）)]");
    private static final String INFO_END = "<!-- INFO END -->";

    /** Reads {@code file}; a file not in the form above gives a {@link StatuteFormatException} naming line and column. */
    public StatuteText read(Path file) {
        String name = file.toString();   // errors name the path: the user's folder may hold many files
        List<String> lines = lines(file, name);
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        if (i == lines.size() || !lines.get(i).startsWith("# ")) {
            String found = i == lines.size() ? "an empty file" : "'" + abbreviate(lines.get(i)) + "'";
            throw new StatuteFormatException(new SourcePosition(name, i < lines.size() ? i + 1 : Math.max(1, lines.size()), 1),
                    "expected the title line '# 中华人民共和国…', found " + found);
        }
        String title = lines.get(i).substring(2).strip();
        LocalDate lastDated = null;
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(INFO_END)) { i++; break; }
            if (line.startsWith("#") || ARTICLE.matcher(line).find()) break;   // no marker: the body has begun
            Matcher d = DATE.matcher(line);
            if (d.lookingAt()) lastDated = date(d, new SourcePosition(name, i + 1, 1));
        }
        LocalDate version = versionDate(name, lastDated);
        return new StatuteText(title, version, articles(lines, i, name), file);
    }

    private static TreeMap<Integer, OfficialArticle> articles(List<String> lines, int from, String name) {
        TreeMap<Integer, OfficialArticle> articles = new TreeMap<>();
        Map<Integer, Integer> firstLine = new HashMap<>();
        ArticleDraft current = null;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("<!--")) continue;
            Matcher a = ARTICLE.matcher(line);
            if (a.find()) {
                if (current != null) articles.put(current.number, current.build());
                current = null;
                if (a.group(2) != null) continue;   // 第N条之一: inserted by amendment, not a numbered article of its own
                SourcePosition at = new SourcePosition(name, i + 1, 1);
                int number = articleNumber(a.group(1), at);
                Integer before = firstLine.putIfAbsent(number, i + 1);
                if (before != null) {
                    throw new StatuteFormatException(at, "第" + a.group(1) + "条 appears twice; first at line " + before);
                }
                current = new ArticleDraft(number);
                String rest = line.substring(a.end()).strip();
                if (!rest.isEmpty()) current.paragraph(rest);
            } else if (current != null) {
                if (POINT.matcher(line).find()) current.point(line);
                else current.paragraph(line);
            }
            // Text before the first article (a preamble, 序言) belongs to no article.
        }
        if (current != null) articles.put(current.number, current.build());
        return articles;
    }

    private static int articleNumber(String numeral, SourcePosition at) {
        OptionalLong n = Numeral.value(numeral);
        if (n.isEmpty() || n.getAsLong() < 1 || n.getAsLong() > 10_000) {
            throw new StatuteFormatException(at, "expected an article number after 第, found '" + numeral + "'");
        }
        return (int) n.getAsLong();
    }

    // The file name carries the version (律师法(2017-09-01).md); else the last dated line of the header does.
    private static LocalDate versionDate(String name, LocalDate lastDated) {
        Matcher m = FILE_DATE.matcher(Path.of(name).getFileName().toString());
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new StatuteFormatException(new SourcePosition(name, 0, 0), "not a date in the file name: " + m.group());
            }
        }
        if (lastDated != null) return lastDated;
        throw new StatuteFormatException(new SourcePosition(name, 1, 1), "no version date: expected '(YYYY-MM-DD)' in "
                + "the file name or a dated line (2017年9月1日 …) before " + INFO_END);
    }

    private static LocalDate date(Matcher d, SourcePosition at) {
        try {
            return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        } catch (DateTimeException e) {
            throw new StatuteFormatException(at, "not a date: " + d.group());
        }
    }

    private static List<String> lines(Path file, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new StatuteFormatException(new SourcePosition(name, 1, 1), "expected UTF-8 text; the bytes are not");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.indexOf('\0') >= 0) throw new StatuteFormatException(new SourcePosition(name, 1, 1), "expected text, found a binary file");
        return text.lines().toList();
    }

    private static String abbreviate(String s) { return s.length() > 40 ? s.substring(0, 40) + "…" : s; }

    /** An article while its paragraphs are read. */
    private static final class ArticleDraft {
        final int number;
        final List<OfficialParagraph> paragraphs = new ArrayList<>();
        String lead;
        List<String> points = new ArrayList<>();

        ArticleDraft(int number) {
            this.number = number;
        }

        void paragraph(String text) {
            flush();
            lead = text;
        }

        void point(String text) {
            if (lead == null) lead = "";   // an article that opens with its points
            points.add(text);
        }

        void flush() {
            if (lead != null) paragraphs.add(new OfficialParagraph(lead, points));
            lead = null;
            points = new ArrayList<>();
        }

        OfficialArticle build() {
            flush();
            return new OfficialArticle(number, paragraphs);
        }
    }
}
