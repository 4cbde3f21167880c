package org.w3id.lkg.ingest.statute;

import java.util.List;

/** One article (条) of an official text: its number and paragraphs. */
public record OfficialArticle(int number, List<OfficialParagraph> paragraphs) {
    public OfficialArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Paragraph {@code n} (1-based), or null when the article has fewer. */
    public OfficialParagraph paragraph(int n) {
        return n >= 1 && n <= paragraphs.size() ? paragraphs.get(n - 1) : null;
    }

    /** The whole article as it reads, paragraph after paragraph. */
    public String wording() {
        StringBuilder b = new StringBuilder();
        for (OfficialParagraph p : paragraphs) b.append(p.wording());
        return b.toString();
    }
}
