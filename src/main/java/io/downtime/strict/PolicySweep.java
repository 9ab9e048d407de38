package io.downtime.strict;

import java.util.List;

/** One policy over a sweep's grid: a cell per setting of the limits, and the recommendation. */
public record PolicySweep(String policy, List<SweepCell> cells, Recommendation recommendation) {
    public PolicySweep {
        cells = List.copyOf(cells);
    }
}
