package io.downtime.runset;

import io.downtime.clock.AlignmentOptions;

import java.util.Optional;

/**
 * How a run set is read.
 *
 * @param label     the label of every migration; empty for the name of the path each was found under
 * @param alignment the clock-alignment choices, the same for every migration of the set
 */
public record RunSetOptions(Optional<String> label, AlignmentOptions alignment) {
    public static RunSetOptions defaults() {
        return new RunSetOptions(Optional.empty(), AlignmentOptions.automatic());
    }
}
