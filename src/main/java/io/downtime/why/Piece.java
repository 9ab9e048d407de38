package io.downtime.why;

/** One stretch of the blackout and the part it belongs to: the parts laid end to end, in the order they happen. */
public record Piece(PartKind kind, Span span) {
}
