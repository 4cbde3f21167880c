/**
 * Editions of a list: each load of changed content is a new edition, recorded with its provenance in a catalogue
 * graph; the list's own graph holds the current edition and older ones are kept in the store's edition archive.
 */
package org.w3id.lkg.store.edition;
