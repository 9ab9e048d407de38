package io.downtime.strict;

/** A migration of a sweep that could not be replayed, and why; not counted in the cells. */
public record NotReplayed(String migration, Unreplayable why) {
}
