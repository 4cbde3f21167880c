package org.w3id.lkg.ontology;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of data-quality finding, the one vocabulary of findings: each constant is a concept of the
 * {@code finding-kind} scheme (its {@code skos:notation} and IRI) with its {@code lkg:severity}, and
 * {@code FindingKindInStepTest} keeps this enum and {@code schemes.ttl} the same set. Every stage that reports an
 * anomaly (the list reader, the extractors, the citation audit, the writer) names it with one of these.
 */
public enum FindingKind {
    /** A row lacks 子项名称, so later cells sit one column left; realigned. */
    SHIFTED_COLUMN("shifted-column", Severity.WARNING),
    /** The power type written in both 子项名称 and 权力类型; one kept. */
    REPEATED_POWER_TYPE("repeated-power-type", Severity.INFO),
    /** A value split over two cells; joined. */
    EXTRA_CELL("extra-cell", Severity.WARNING),
    /** 追责对象范围 and 追责情形 hold each other's text; swapped back. */
    SWAPPED_COLUMNS("swapped-columns", Severity.WARNING),
    /** An item's declared power type is not its section's. */
    POWER_TYPE_SECTION_MISMATCH("power-type-section-mismatch", Severity.WARNING),
    /** The title's declared counts disagree with the rows: items may be missing. */
    DECLARED_COUNT_MISMATCH("declared-count-mismatch", Severity.ERROR),
    /** One document given two adoption dates. */
    INCONSISTENT_ADOPTION_DATE("inconsistent-adoption-date", Severity.WARNING),
    /** A cited document has been replaced by another. */
    SUPERSEDED_DOCUMENT("superseded-document", Severity.WARNING),
    /** 《…》 names a form, not a law; not a citation. */
    FORM_NAME("form-name", Severity.INFO),
    /** A law-like title the registry does not know; kept as written. */
    UNKNOWN_DOCUMENT("unknown-document", Severity.WARNING),
    /** Quoted text whose enumeration （一）（二）… repeats or skips. */
    BROKEN_ENUMERATION("broken-enumeration", Severity.WARNING),
    /** A yuan amount or multiple whose numeral could not be read: no bound recorded. */
    UNPARSED_AMOUNT("unparsed-amount", Severity.ERROR),
    /** A duration whose numeral could not be read: no bound recorded. */
    UNPARSED_DURATION("unparsed-duration", Severity.ERROR),
    /** One article gives two different bounds for one sanction; the first is kept. */
    CONFLICTING_BOUNDS("conflicting-bounds", Severity.ERROR),
    /** 行使主体 names a kind of body, not one body. */
    GENERIC_BODY("generic-body", Severity.INFO),
    /** A reference that names no document or provision the reader could resolve. */
    UNRESOLVED_REFERENCE("unresolved-reference", Severity.WARNING),
    /** A power type outside the power-type scheme. */
    UNKNOWN_POWER_TYPE("unknown-power-type", Severity.WARNING),
    /** A header the reader does not map, or a missing legal-basis column. */
    UNMAPPED_COLUMN("unmapped-column", Severity.WARNING),
    /** The cited article, paragraph or point does not exist in the official text. */
    PROVISION_NOT_IN_TEXT("provision-not-in-text", Severity.ERROR),
    /** The quoted wording is another article's: the number is wrong. */
    MISNUMBERED_CITATION("misnumbered-citation", Severity.ERROR),
    /** The quoted wording differs from the official text of the cited article. */
    WORDING_DIFFERS("wording-differs", Severity.WARNING),
    /** No power-type column: the type was inferred from the item's name. */
    INFERRED_POWER_TYPE("inferred-power-type", Severity.INFO),
    /** A document the registry lacks got a rank inferred from its title or the list's level tag. */
    INFERRED_RANK("inferred-rank", Severity.INFO),
    /** A workbook sheet with no list in it (a notes sheet) was not read. */
    SKIPPED_SHEET("skipped-sheet", Severity.INFO),
    /** A row the reader could not place; its text is kept in the finding. */
    UNREAD_ROW("unread-row", Severity.WARNING),
    /** A column's role was chosen by what its cells hold. */
    ROLE_BY_CONTENT("role-by-content", Severity.INFO);

    /** The scheme's key in {@link IriScheme#concept}. */
    public static final String SCHEME = "finding-kind";

    private static final Map<String, FindingKind> BY_NOTATION =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(FindingKind::notation, Function.identity()));

    private final String notation;
    private final Severity severity;

    FindingKind(String notation, Severity severity) {
        this.notation = notation;
        this.severity = severity;
    }

    /** The concept's {@code skos:notation}, e.g. {@code shifted-column}. */
    public String notation() { return notation; }

    /** How much a finding of this kind matters. */
    public Severity severity() { return severity; }

    /** The concept IRI, e.g. {@code https://w3id.org/lkg/scheme/finding-kind/shifted-column}. */
    public String iri() { return IriScheme.concept(SCHEME, notation); }

    /** The kind whose concept IRI is {@code iri}, if any. */
    public static Optional<FindingKind> ofIri(String iri) {
        String prefix = IriScheme.concept(SCHEME, "");
        return iri != null && iri.startsWith(prefix) ? ofNotation(iri.substring(prefix.length())) : Optional.empty();
    }

    /** The kind whose notation is {@code notation}, if any. */
    public static Optional<FindingKind> ofNotation(String notation) {
        return Optional.ofNullable(BY_NOTATION.get(notation));
    }
}
