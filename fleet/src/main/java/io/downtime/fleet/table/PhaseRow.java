package io.downtime.fleet.table;

import io.downtime.runset.PhaseTime;

/**
 * What a row of {@code phases} describes: one phase of one migration.
 *
 * @param position the phase's place in the report's timeline (0-based)
 */
public record PhaseRow(int migration, int position, PhaseTime phase) {
}
