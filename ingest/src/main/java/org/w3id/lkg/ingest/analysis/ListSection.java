package org.w3id.lkg.ingest.analysis;

import org.w3id.lkg.ingest.table.SourcePosition;

/**
 * A catalogue section: its number, label (行政处罚 …), declared count and power-type concept IRI (null when its label
 * names none). {@code declared} is false for a section only its items name (序号 restarting, or a flat list); such a
 * section has only a made-up label, 第N部分.
 */
public record ListSection(int number, String label, Integer declaredCount, String powerType, SourcePosition position,
                          boolean declared) {}
