package org.w3id.lkg.service.linkeddata;

/** Writes the HTML page of a described resource: implemented by the pages ({@code service.page}). */
public interface HtmlView {
    /**
     * The whole page for {@code description}, whose resource answers at local {@code path} (without suffix).
     *
     * @param alternates the other forms' links, to show on the page
     */
    String page(Description description, String path, java.util.List<Alternate> alternates);

    /** One other form of the same resource: its media type, suffix and link. */
    record Alternate(RdfForm form, String href) {}
}
