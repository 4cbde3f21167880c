/**
 * What changed between two editions of a list: items matched by code, name and basis, reported as added, removed,
 * renamed and changed ({@code ListDiff}), and written as text, CSV, JSON or an RDF change set ({@code DiffFormat}).
 */
package org.w3id.lkg.store.diff;
