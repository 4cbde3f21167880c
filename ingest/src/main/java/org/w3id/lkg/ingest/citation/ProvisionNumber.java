package org.w3id.lkg.ingest.citation;

/**
 * Which provision of a document a citation names: article (条), paragraph (款) and point (项), each 0 when not given.
 * Article 0 means the whole document.
 */
public record ProvisionNumber(int article, int paragraph, int point) {
    public static final ProvisionNumber DOCUMENT = new ProvisionNumber(0, 0, 0);

    public static ProvisionNumber article(int article) { return new ProvisionNumber(article, 0, 0); }

    public boolean isDocument() { return article == 0; }

    public ProvisionNumber withParagraph(int p) { return new ProvisionNumber(article, p, point); }

    public ProvisionNumber withPoint(int p) { return new ProvisionNumber(article, paragraph, p); }

    /** As Chinese legal text writes it: 第49条第1款第3项 (Arabic numerals). */
    @Override
    public String toString() {
        if (isDocument()) return "";
        return "第" + article + "条" + (paragraph > 0 ? "第" + paragraph + "款" : "") + (point > 0 ? "第" + point + "项" : "");
    }
}
