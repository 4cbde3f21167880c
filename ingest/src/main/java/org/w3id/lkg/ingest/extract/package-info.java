/**
 * Extraction: plain-Java readers of what a power list's wording says, with no RDF. Each takes a string
 * (an article's quoted wording, an item name, a list field) and returns domain values plus
 * {@link org.w3id.lkg.ingest.extract.ExtractionProblem}s; a problem's {@code kind()} is a {@link org.w3id.lkg.ontology.FindingKind} of the
 * {@code finding-kind} scheme, so the caller turns each into a quality finding with the cell's position.
 * Nothing here guesses a number: wording it cannot read becomes a problem instead.
 *
 * <h2>API</h2>
 * <ul>
 * <li>{@link org.w3id.lkg.ingest.extract.SanctionExtractor}: {@code create()} (or
 *     {@code new SanctionExtractor(PartyRecognizer)}); {@code extract(String articleWording)} and
 *     {@code fromItemName(String name)} return a {@link org.w3id.lkg.ingest.extract.SanctionExtraction}
 *     {@code (List<Sanction> sanctions, List<ExtractionProblem> problems)}. Pass one article's wording at a time
 *     (after 第四十九条：, quotes, {@code <p>} and points may stay). A
 *     {@link org.w3id.lkg.ingest.extract.Sanction} is {@code (localName, type, serious, fine, multiple, duration,
 *     authority, parties, condition, wording)}; {@code localName} is the IRI segment MODEL.md gives
 *     ({@code fine}, {@code suspension-of-practice-serious}), unique within the article; bounds, authority and
 *     condition are null when the wording states none; {@code minYuan()}, {@code maxDuration()} … read the bounds.</li>
 * <li>{@link org.w3id.lkg.ingest.extract.SanctionType} and {@link org.w3id.lkg.ingest.extract.Party}: the
 *     {@code sanction-type} and {@code party} concepts, {@code key()} and {@code label()} (Chinese).</li>
 * <li>{@link org.w3id.lkg.ingest.extract.Amount} ({@code unit, min, max}, BigDecimal, null = open) and
 *     {@link org.w3id.lkg.ingest.extract.DurationBound} ({@code min, max}, {@link java.time.Period};
 *     {@code minLexical()} gives xsd:duration {@code P3M}): {@code parse(String)} for one expression,
 *     {@code findAll(String, Consumer<ExtractionProblem>)} for every one in a text.</li>
 * <li>{@link org.w3id.lkg.ingest.extract.EnumerationCheck}: {@code check(String)} lists each
 *     {@link org.w3id.lkg.ingest.extract.EnumerationBreak} {@code (position, marker, expected, found)}
 *     ({@code SanctionExtractor.extract} reports them too).</li>
 * <li>{@link org.w3id.lkg.ingest.extract.EntrySplitter}: {@code split(String)} gives an
 *     {@link org.w3id.lkg.ingest.extract.EnumeratedText} {@code (leadIn, entries)} for 责任事项内容, 追责对象范围
 *     and 追责情形.</li>
 * <li>{@link org.w3id.lkg.ingest.extract.PartyRecognizer}: {@code create()} once (HanLP loads in about
 *     0.3 s), then {@code find(String)}, {@code ofItem(String name, List<String> quotedWordings)},
 *     {@code mentions(String)}. Its terms are in {@code party-terms.tsv} beside this package's classes.</li>
 * </ul>
 *
 * <p>All of it is thread-safe once created and keeps no global state: HanLP gets a dictionary object of
 * its own rather than terms inserted into its shared CustomDictionary.
 */
package org.w3id.lkg.ingest.extract;
