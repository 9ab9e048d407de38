package io.downtime.fleet.task;

import io.downtime.strict.LimitRange;
import io.downtime.strict.Limits;
import io.downtime.strict.Policies;
import io.downtime.strict.Policy;
import io.downtime.strict.ReplayOptions;
import io.downtime.strict.SweepGrid;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The strict-mode questions of a run: the grid the sweep counts over ({@code --downtime-limit},
 * {@code --switchover-limit}, as {@code analyzer sweep}) and the pairs of limits every migration is
 * replayed at in full for {@code verdicts} ({@code --verdicts-at}, as {@code analyzer runs --downtime-limit}).
 * Plain values, so that it travels to the executors.
 *
 * @param grid       from, to, step of each limit; null when no grid was asked
 * @param verdictsAt downtime limit and switchover limit of each pair, in ms
 * @param policies   the policies' names, in the order asked
 * @param rttMicros  the round trip source-ack pays ({@code --rtt}); null: estimated per run
 */
public record StrictAsk(long[] grid, List<long[]> verdictsAt, List<String> policies, Long rttMicros,
                        double targetAbortRate) implements Serializable {

    public static StrictAsk none() {
        return new StrictAsk(null, List.of(), Policies.all().stream().map(Policy::name).toList(), null, 0.01);
    }

    public static StrictAsk of(Optional<SweepGrid> grid, List<Limits> verdictsAt, List<Policy> policies,
                               OptionalLong rttMicros, double targetAbortRate) {
        long[] cells = grid.map(g -> new long[]{g.downtimeLimits().from(), g.downtimeLimits().to(),
                g.downtimeLimits().step(), g.switchoverLimits().from(), g.switchoverLimits().to(),
                g.switchoverLimits().step()}).orElse(null);
        List<long[]> pairs = new ArrayList<>();
        verdictsAt.forEach(limits -> pairs.add(new long[]{limits.downtimeLimitMs(), limits.switchoverLimitMs()}));
        return new StrictAsk(cells, pairs, policies.stream().map(Policy::name).toList(),
                rttMicros.isPresent() ? rttMicros.getAsLong() : null, targetAbortRate);
    }

    /** Whether anything strict was asked: only then is each migration's switchover read. */
    public boolean any() {
        return grid != null || !verdictsAt.isEmpty();
    }

    public Optional<SweepGrid> sweepGrid() {
        return grid == null ? Optional.empty() : Optional.of(new SweepGrid(new LimitRange(grid[0], grid[1], grid[2]),
                new LimitRange(grid[3], grid[4], grid[5])));
    }

    public List<Limits> verdictLimits() {
        return verdictsAt.stream().map(pair -> new Limits(pair[0], pair[1])).toList();
    }

    public List<Policy> policyList() {
        return policies.stream().map(name -> Policies.named(name).orElseThrow()).toList();
    }

    public ReplayOptions options() {
        return new ReplayOptions(rttMicros == null ? OptionalLong.empty() : OptionalLong.of(rttMicros));
    }
}
