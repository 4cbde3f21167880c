package org.w3id.lkg.store.load;

import java.util.List;

/**
 * Puts power lists into a store, one named graph per list, each replaced atomically and only when it conforms.
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li>{@link #load} streams the list into a staging area, validates it, and replaces the list's graph with it in
 *       one step; until that step the store shows the previous graph, and after a failure of any kind it still does.</li>
 *   <li>Loading the same list again gives the same triples in the same graph: no duplicates, no leftovers.</li>
 *   <li>The ontology graph (ontology and concept schemes) is written with the first list a loader loads, replacing
 *       what was there, so every load leaves it current.</li>
 *   <li>Bad input ({@link org.w3id.lkg.ingest.table.PowerListFormatException}), an invalid list
 *       ({@link InvalidListException}) and a failing store ({@link StoreException}) are thrown as distinct types.</li>
 *   <li>{@link #loadBatch} commits a batch of lists as one: afterwards each list of the batch is whole or exactly as
 *       it was, never half-written; a list that cannot be read or does not conform is reported and skipped, and the
 *       others of its batch still load.</li>
 * </ul>
 */
public interface ListLoader extends AutoCloseable {

    /**
     * Loads one list and commits it.
     *
     * @return what was committed
     * @throws InvalidListException when the list does not conform; the previous graph is kept
     * @throws org.w3id.lkg.ingest.table.PowerListFormatException when the list cannot be read; nothing was written
     * @throws StoreException when the store fails; nothing of this list was committed
     */
    LoadSummary load(ListSource list);

    /**
     * Loads {@code lists} as one unit of commit where the loader can (fewer commits, less copy-on-write garbage), and
     * says how each ended, in input order; never throws for a list's failure. This default loads them one by one,
     * each committed on its own, and stops at the first store failure (the rest are not attempted).
     */
    default List<LoadBatch.Outcome> loadBatch(List<ListSource> lists) { return LoadBatch.oneByOne(this, lists); }

    /** Where the lists go, for messages: a folder or an endpoint URL. */
    String target();

    /** Releases the store or the HTTP client; a loader given an open dataset leaves it open. */
    @Override
    void close();
}
