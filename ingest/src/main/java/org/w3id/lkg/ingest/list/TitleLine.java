package org.w3id.lkg.ingest.list;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.lkg.ingest.table.SourcePosition;

/**
 * A list's title line, e.g. 伊宁市司法局权责清单目录（共计54项，行政处罚8项、行政检查6项…）: the issuer,
 * the declared total and the declared sections with their counts.
 */
public record TitleLine(String text, String issuer, Integer declaredTotal, List<DeclaredSection> sections,
                        SourcePosition position) {

    /** One "行政处罚8项" of the title. */
    public record DeclaredSection(String label, int count) {}

    private static final Pattern ISSUER = Pattern.compile("^(.+?)(权责清单|权力清单|责任清单|权力和责任清单|职权清单)");
    private static final Pattern TOTAL = Pattern.compile("共计?\\s*(\\d+)\\s*项");
    private static final Pattern SECTION = Pattern.compile("([\\p{IsHan}]+?)\\s*(\\d+)\\s*项");

    public static TitleLine parse(String text, SourcePosition position) {
        Matcher m = ISSUER.matcher(text);
        String issuer = m.find() ? m.group(1).strip() : null;
        Matcher t = TOTAL.matcher(text);
        Integer total = t.find() ? Integer.valueOf(t.group(1)) : null;
        List<DeclaredSection> sections = new ArrayList<>();
        int from = t.find(0) ? t.end() : 0;
        Matcher s = SECTION.matcher(text);
        s.region(from, text.length());
        while (s.find()) sections.add(new DeclaredSection(s.group(1), Integer.parseInt(s.group(2))));
        return new TitleLine(text, issuer, total, List.copyOf(sections), position);
    }

    /** Whether a lone cell reads like a list title rather than data. */
    public static boolean looksLikeTitle(String text) {
        return ISSUER.matcher(text).find() || text.contains("清单") || text.contains("目录");
    }
}
