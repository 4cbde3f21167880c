package org.w3id.lkg.store.edition;

import java.time.Instant;
import java.util.Objects;

/**
 * One edition of a list's graph: its number, the file and the SHA-256 of the bytes it was loaded from, when, and
 * when it stopped being current by retirement (null while it is, or was replaced by a later edition).
 * The edition is named {@code <list graph>/edition/N}, which is also the archive graph that holds it once superseded.
 */
public record Edition(String listGraph, int number, String sourceFile, String sha256, Instant generatedAt, Instant retiredAt) {
    public Edition {
        Objects.requireNonNull(listGraph, "listGraph");
        if (number < 1) throw new IllegalArgumentException("editions are numbered from 1, got " + number);
    }

    /** The IRI that names edition {@code number} of {@code listGraph}. */
    public static String iri(String listGraph, int number) { return listGraph + "/edition/" + number; }

    public String iri() { return iri(listGraph, number); }

    /** The edition this one revises, or null for the first. */
    public String revisionOf() { return number == 1 ? null : iri(listGraph, number - 1); }

    /** Whether content with this SHA-256 is this edition's own. */
    public boolean hasContent(String sha) { return sha != null && sha.equals(sha256); }

    public Edition retired(Instant at) { return new Edition(listGraph, number, sourceFile, sha256, generatedAt, at); }

    /** One line for the user, e.g. {@code edition 2 (伊宁市司法局.txt, sha256 3f…, 2026-12-01T10:00:00Z)}. */
    public String line() {
        return "edition %d (%s, sha256 %s, loaded %s%s)".formatted(number, sourceFile == null ? "file unknown" : sourceFile,
                sha256 == null ? "unknown" : sha256.substring(0, Math.min(12, sha256.length())) + "…", generatedAt,
                retiredAt == null ? "" : ", retired " + retiredAt);
    }
}
