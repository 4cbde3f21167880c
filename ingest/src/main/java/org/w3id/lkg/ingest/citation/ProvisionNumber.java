package org.w3id.lkg.ingest.citation;

import org.w3id.lkg.ontology.ChineseNumber;

/**
 * Which provision of a document a citation names: article (条), paragraph (款) and point (项), each 0 when not given.
 * Article 0 means the whole document, unless a point is given: article 0 with a point is an entry of the document's
 * annexed catalogue (《国务院对确需保留的行政审批项目设定行政许可的决定》第75项), a point of the document itself.
 */
public record ProvisionNumber(int article, int paragraph, int point) {
    public static final ProvisionNumber DOCUMENT = new ProvisionNumber(0, 0, 0);

    public static ProvisionNumber article(int article) { return new ProvisionNumber(article, 0, 0); }

    public boolean isDocument() { return article == 0 && point == 0; }

    /** An entry of the document's catalogue: a point with no article (第75项). */
    public static ProvisionNumber entry(int point) { return new ProvisionNumber(0, 0, point); }

    public boolean isEntry() { return article == 0 && point > 0; }

    public ProvisionNumber withParagraph(int p) { return new ProvisionNumber(article, p, point); }

    public ProvisionNumber withPoint(int p) { return new ProvisionNumber(article, paragraph, p); }

    /** As Chinese legal text writes it, in Chinese numerals: 第四十九条第一款第三项; empty for the whole document. */
    public String label() {
        if (isDocument()) return "";
        if (isEntry()) return "第" + ChineseNumber.format(point) + "项";
        StringBuilder b = new StringBuilder("第").append(ChineseNumber.format(article)).append('条');
        if (paragraph > 0) b.append('第').append(ChineseNumber.format(paragraph)).append('款');
        if (point > 0) b.append('第').append(ChineseNumber.format(point)).append('项');
        return b.toString();
    }

    /** As Chinese legal text writes it: 第49条第1款第3项 (Arabic numerals). */
    @Override
    public String toString() {
        if (isDocument()) return "";
        if (isEntry()) return "第" + point + "项";
        return "第" + article + "条" + (paragraph > 0 ? "第" + paragraph + "款" : "") + (point > 0 ? "第" + point + "项" : "");
    }
}
