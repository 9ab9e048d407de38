package io.downtime.fleet.table;

import io.downtime.why.BlackoutPart;

/**
 * What a row of {@code blackout_parts} describes: one part of one migration's blackout (docs/why.md).
 *
 * @param position the part's place among the migration's parts, in the order they happen, from 0
 */
public record PartRow(int migration, int position, BlackoutPart part) {
}
