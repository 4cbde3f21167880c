package org.w3id.lkg.ingest.list;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a column of a power list means, whatever a city calls it. The names and patterns each role goes by are data
 * ({@code column-roles.tsv}, read by {@link HeaderVocabulary}), not code.
 */
public enum ColumnRole {
    NUMBER, CODE, NAME, SUB_ITEM, POWER_TYPE, BASIS, BODY, UNIT, LEVEL, SCOPE, DUTY, RESPONSIBILITY,
    RESPONSIBILITY_BASIS, ACCOUNTABLE, ACCOUNTABILITY, REMARK;

    /** The header name this role is shown with. */
    public String label() { return names().get(0); }

    /** The header names this role goes by (patterns aside). */
    public List<String> names() { return HeaderVocabulary.standard().names(this); }

    /** What a header may carry around its name: spaces (ideographic too) and the asterisks of required columns. */
    private static final Pattern DECORATION = Pattern.compile("[\\s　*＊]");

    /** The role a header cell names, by name, else by pattern, or null. */
    public static ColumnRole of(String header) { return HeaderVocabulary.standard().role(normalise(header)); }

    /** Whether a header names this role by one of its names exactly (not by a pattern). */
    static boolean named(String header) { return HeaderVocabulary.standard().named(normalise(header)); }

    static String normalise(String header) {
        return DECORATION.matcher(CellText.of(header, 1).text()).replaceAll("")
                .replace('（', '(').replace('）', ')');
    }
}
