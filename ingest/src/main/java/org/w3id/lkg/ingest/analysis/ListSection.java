package org.w3id.lkg.ingest.analysis;

import org.w3id.lkg.ingest.table.SourcePosition;

/**
 * A catalogue section: its number, label (行政处罚 …; null when no title line names it), declared count and
 * power-type concept IRI (null when its label names none). {@code opened} is true when the list reader opens the
 * section; an item in a section that no title line labelled then sends it again, {@code opened} false, with only a
 * made-up label, 第N部分.
 */
public record ListSection(int number, String label, Integer declaredCount, String powerType, SourcePosition position,
                          boolean opened) {}
