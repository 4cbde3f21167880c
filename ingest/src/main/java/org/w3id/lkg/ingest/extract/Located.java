package org.w3id.lkg.ingest.extract;

/** A value read from a span [start, end) of a text; {@code value} is null when the span had the shape but not a readable numeral. */
record Located<T>(int start, int end, String text, T value) {}
