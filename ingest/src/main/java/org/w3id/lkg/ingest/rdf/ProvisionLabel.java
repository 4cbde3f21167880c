package org.w3id.lkg.ingest.rdf;

import org.w3id.lkg.ingest.citation.ProvisionNumber;

/** Writes a provision number the way Chinese legal text does: 第四十九条第一款第三项. */
final class ProvisionLabel {
    private static final String DIGITS = "零一二三四五六七八九";

    private ProvisionLabel() {}

    static String of(ProvisionNumber n) {
        if (n.isDocument()) return "";
        StringBuilder b = new StringBuilder("第").append(chinese(n.article())).append('条');
        if (n.paragraph() > 0) b.append('第').append(chinese(n.paragraph())).append('款');
        if (n.point() > 0) b.append('第').append(chinese(n.point())).append('项');
        return b.toString();
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 49 → 四十九, 102 → 一百零二, 110 → 一百一十. */
    static String chinese(int n) {
        if (n <= 0 || n >= 10000) return Integer.toString(n);
        StringBuilder b = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        boolean zero = false;
        for (int i = 0; i < units.length; i++) {
            int d = n / units[i] % 10;
            if (d == 0) {
                zero = b.length() > 0;
                continue;
            }
            if (zero) { b.append('零'); zero = false; }
            if (!(d == 1 && units[i] == 10 && b.length() == 0)) b.append(DIGITS.charAt(d));
            b.append(names[i]);
        }
        return b.toString();
    }
}
