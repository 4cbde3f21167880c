package org.w3id.lkg.ingest.rdf;

import org.w3id.lkg.ingest.citation.ProvisionNumber;
import org.w3id.lkg.ontology.ChineseNumber;

/** Writes a provision number the way Chinese legal text does: 第四十九条第一款第三项. */
final class ProvisionLabel {
    private ProvisionLabel() {}

    static String of(ProvisionNumber n) {
        if (n.isDocument()) return "";
        StringBuilder b = new StringBuilder("第").append(chinese(n.article())).append('条');
        if (n.paragraph() > 0) b.append('第').append(chinese(n.paragraph())).append('款');
        if (n.point() > 0) b.append('第').append(chinese(n.point())).append('项');
        return b.toString();
    }

    private static String chinese(int n) { return ChineseNumber.format(n); }
}
