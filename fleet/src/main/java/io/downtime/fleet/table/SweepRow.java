package io.downtime.fleet.table;

import io.downtime.strict.SweepCell;

/**
 * What a row of {@code sweep} describes: one policy at one cell of the grid, over every replayable migration.
 *
 * @param recommended true for the cell the sweep recommends for this policy
 */
public record SweepRow(String policy, SweepCell cell, boolean recommended) {
}
