package org.w3id.lkg.ingest.citation;

/**
 * One provision (or whole document) that a basis text refers to, before its title is resolved.
 *
 * @param title     the title as written (for a bare 第N条, the title named before it)
 * @param provision article/paragraph/point, or {@link ProvisionNumber#DOCUMENT}
 * @param direct    false when the reference sits inside the quoted wording of another provision
 * @param viaTitle  for indirect ones, the title of the provision whose wording holds the reference
 * @param via       for indirect ones, that provision
 * @param version   the version parenthesis after the title, or null
 * @param start     offset of the reference in the cleaned text (for its source column)
 * @param end       offset just past it
 * @param wording   for direct article references, the wording the list quotes after it (may be empty)
 * @param rankTag   the 【法律】/【规章】… tag in force, or null
 */
public record CitationMention(String title, ProvisionNumber provision, boolean direct, String viaTitle,
                              ProvisionNumber via, VersionNote version, int start, int end, String wording,
                              String rankTag) {
    CitationMention withWording(String w) {
        return new CitationMention(title, provision, direct, viaTitle, via, version, start, end, w, rankTag);
    }
}
