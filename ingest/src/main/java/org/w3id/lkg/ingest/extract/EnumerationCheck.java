package org.w3id.lkg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.lkg.ontology.ChineseNumber;
import org.w3id.lkg.ontology.text.Numeral;

/**
 * Finds where quoted article text repeats or skips its enumeration of points (（一）（二）…): the seed's
 * 律师法第四十九条 runs （一）…（十） and then （四）…（九）, pasted from another text.
 */
public final class EnumerationCheck {
    private static final Pattern MARKER = Pattern.compile("[（(](?<n>" + Numeral.ENUMERATOR + "|[0-9]{1,2})[）)]");

    private EnumerationCheck() {}

    /**
     * Every break in {@code text}'s enumeration. Counting starts again at （一） without a break, since
     * a new article or paragraph starts a new list; any other number out of turn is a break, and counting
     * goes on from it, so one pasted run gives one break. The first marker may have any number: a list may quote
     * one point of an article (第九条第五项：“…（五）…”).
     */
    public static List<EnumerationBreak> check(String text) {
        List<EnumerationBreak> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = MARKER.matcher(text);
        int last = 0;
        while (m.find()) {
            int n = ChineseNumber.parseInt(m.group("n"));
            if (last > 0 && n != 1 && n != last + 1) out.add(new EnumerationBreak(m.start(), m.group(), last + 1, n));
            last = n;
        }
        return out;
    }
}
