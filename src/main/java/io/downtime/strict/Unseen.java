package io.downtime.strict;

import io.downtime.clock.Estimate;

/**
 * Time of the blackout a policy could not see, measured on this run.
 *
 * @param what one phrase naming the time
 */
public record Unseen(String what, Estimate micros) {
}
