package org.w3id.lkg.ingest.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parenthesis after a title that says which version is meant: （1996年5月15日通过，2017年9月1日修正）,
 * （2008年7月18日司法部令第111号发布，2018年12月5日司法部令第142号修正）. Each dated event is kept.
 */
public record VersionNote(String text, List<Event> events) {

    /** One dated event: 通过, 公布, 施行, 修正, 修订 (发布 and 颁布 count as 公布; a bare 令 date as 公布). */
    public record Event(LocalDate date, String kind) {}

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern KIND = Pattern.compile("通过|公布|颁布|发布|施行|修正|修订|令");

    public static VersionNote parse(String text) {
        List<Event> events = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                continue;   // an impossible date is no version; the text is kept on the citation
            }
            int next = text.length();
            Matcher after = DATE.matcher(text);
            if (after.find(m.end())) next = after.start();
            String tail = text.substring(m.end(), next);
            events.add(new Event(date, kindOf(tail)));
        }
        return new VersionNote(text, List.copyOf(events));
    }

    private static String kindOf(String tail) {
        Matcher k = KIND.matcher(tail);
        String kind = null;
        while (k.find()) {
            String w = k.group();
            // 施行 wins only when nothing else is said: 通过并公布，…起施行 has its own date for 施行.
            if (kind == null || w.equals("修正") || w.equals("修订")) kind = w;
        }
        if (kind == null || kind.equals("发布") || kind.equals("颁布") || kind.equals("令")) return "公布";
        return kind;
    }

    /** The date that names the cited version: the last amendment or revision, else adoption or promulgation. */
    public LocalDate versionDate() {
        LocalDate best = null;
        for (Event e : events) {
            if (e.kind().equals("施行")) continue;
            if (best == null || e.date().isAfter(best)) best = e.date();
        }
        return best;
    }

    /** The adoption (通过) date, if given. */
    public LocalDate adoptionDate() {
        return events.stream().filter(e -> e.kind().equals("通过")).map(Event::date).findFirst().orElse(null);
    }
}
