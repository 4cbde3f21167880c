package org.w3id.lkg.ingest.extract;

import java.util.List;

/**
 * What {@link SanctionExtractor} read from one article: its sanctions, one per (type, serious), in order
 * of first mention, and the problems it met (unreadable amounts, a broken enumeration …).
 *
 * @param sanctions the sanctions
 * @param problems  the problems, each to become a quality finding
 */
public record SanctionExtraction(List<Sanction> sanctions, List<ExtractionProblem> problems) {
    public SanctionExtraction {
        sanctions = List.copyOf(sanctions);
        problems = List.copyOf(problems);
    }
}
