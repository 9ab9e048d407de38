package io.downtime.fleet.table;

import io.downtime.blackout.DeviceTimes;
import io.downtime.run.Role;

/**
 * What a row of {@code devices} describes: one device section's time on one host (the source's save, the
 * destination's load).
 *
 * @param migration the migration's number in its case
 * @param position  the device's place in the report's device table (0-based), the same on both hosts
 */
public record DeviceRow(int migration, int position, DeviceTimes device, Role host) {
}
