package io.downtime.strict;

import java.util.ArrayList;
import java.util.List;

/** Every combination of the two limits a sweep replays. */
public record SweepGrid(LimitRange downtimeLimits, LimitRange switchoverLimits) {

    /** Downtime limit outer, switchover limit inner, both ascending. */
    public List<Limits> cells() {
        List<Limits> cells = new ArrayList<>();
        for (long downtime : downtimeLimits.values()) {
            for (long switchover : switchoverLimits.values()) {
                cells.add(new Limits(downtime, switchover));
            }
        }
        return cells;
    }
}
