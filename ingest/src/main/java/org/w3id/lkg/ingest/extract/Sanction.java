package org.w3id.lkg.ingest.extract;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * One sanction an article prescribes, as its wording states it. Bounds the wording does not state are null.
 *
 * @param localName unique within the article: {type}[-serious] (fine, suspension-of-practice-serious), with the
 *                  party keys appended (fine-law-firm-head) where one article has that kind for different parties
 * @param type      the kind (警告, 罚款 …)
 * @param serious   true when prescribed for 情节严重的 cases
 * @param fine      the fine in yuan (罚款 only), or null
 * @param multiple  the fine as multiples of illegal gains (罚款 only), or null
 * @param duration  how long a suspension or closure lasts (停止执业, 停业整顿), or null
 * @param authority the imposing authority as written (设区的市级或者直辖市的区人民政府司法行政部门), or null when the article names none
 * @param parties   the parties it falls on, in order of mention; empty when the article names none
 * @param condition the condition phrase it is prescribed under (有违法所得的, 情节严重的), or null
 * @param wording   the phrase(s) that prescribe it, as cleaned from the article
 */
public record Sanction(String localName, SanctionType type, boolean serious, Amount fine, Amount multiple, DurationBound duration,
                       String authority, List<Party> parties, String condition, String wording) {
    public Sanction {
        Objects.requireNonNull(localName, "localName");
        Objects.requireNonNull(type, "type");
        parties = List.copyOf(parties);
        Objects.requireNonNull(wording, "wording");
    }

    /** The least fine in yuan, or null. */
    public BigDecimal minYuan() {
        return fine == null ? null : fine.min();
    }

    /** The greatest fine in yuan, or null. */
    public BigDecimal maxYuan() {
        return fine == null ? null : fine.max();
    }

    /** The least multiple of illegal gains, or null. */
    public BigDecimal minMultiple() {
        return multiple == null ? null : multiple.min();
    }

    /** The greatest multiple of illegal gains, or null. */
    public BigDecimal maxMultiple() {
        return multiple == null ? null : multiple.max();
    }

    /** The shortest suspension or closure, or null. */
    public Period minDuration() {
        return duration == null ? null : duration.min();
    }

    /** The longest suspension or closure, or null. */
    public Period maxDuration() {
        return duration == null ? null : duration.max();
    }
}
