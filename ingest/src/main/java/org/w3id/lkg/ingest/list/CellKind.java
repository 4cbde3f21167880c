package org.w3id.lkg.ingest.list;

import java.util.regex.Pattern;

/** Tells what a cell holds from its content, for rows whose cells have slid out of their columns. */
final class CellKind {
    private static final Pattern POWER_TYPE =
            Pattern.compile("^(行政[\\p{IsHan}]{2,4}|其他行政权力|其他权力|[\\p{IsHan}]{2,6}权)$");
    private static final Pattern PERSON_ROLE = Pattern.compile("承办人|负责人|分管领导|法定代表人|主要领导");
    private static final Pattern SITUATION_LEAD = Pattern.compile("^(因不履行|因不正确履行|有下列情形|出现下列情形)");

    private CellKind() {}

    /** A declared power type such as 行政处罚, 刑事执行权, 其他行政权力. */
    static boolean isPowerType(String clean) { return POWER_TYPE.matcher(clean.strip()).matches(); }

    /** A list of accountable persons: short entries naming roles (具体承办人；内设机构负责人 …). */
    static boolean isPersons(String clean) {
        if (!PERSON_ROLE.matcher(clean).find()) return false;
        String body = SITUATION_LEAD.matcher(clean).find() ? afterLeadIn(clean) : clean;
        return body.length() <= 80 && !body.contains("的；") && !body.contains("的;");
    }

    /** Starts with the usual lead-in of accountability situations. */
    static boolean startsWithSituationLead(String clean) { return SITUATION_LEAD.matcher(clean.strip()).find(); }

    /** The text after a lead-in ending in ：or :, or the whole text. */
    static String afterLeadIn(String clean) {
        int end = leadInEnd(clean);
        return end > 0 ? clean.substring(end).strip() : clean;
    }

    /** Where a lead-in ending in ：or : ends (just after the colon), or 0 when there is none. */
    static int leadInEnd(String clean) {
        return Math.max(clean.indexOf('：'), clean.indexOf(':')) + 1;
    }
}
