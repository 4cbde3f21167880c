package org.w3id.lkg.ingest.statute;

import java.util.List;

/** One paragraph (款) of an official article: its lead text and its numbered points (项), in order. */
public record OfficialParagraph(String lead, List<String> points) {
    public OfficialParagraph {
        points = List.copyOf(points);
    }

    /** The paragraph as it reads: the lead, then every point. */
    public String wording() {
        return points.isEmpty() ? lead : lead + String.join("", points);
    }
}
