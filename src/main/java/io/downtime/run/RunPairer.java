package io.downtime.run;

import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.LineForm;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Matches source runs with destination runs.
 *
 * <p>One run per side: they are the pair. Several, with timestamps: a source and the destination it
 * connected to become {@code active} within moments of each other, so on the two hosts' clocks
 * {@code active(dst) - active(src)} is the clock offset plus a little; the matching keeps time order
 * and takes the one difference shared by the most pairs (within {@link #TOLERANCE_MICROS}). Without
 * timestamps, runs are matched in order. Two runs are only paired when they come from different
 * logs, or from different processes of one SystemTap log; runs of libvirt domain logs only when they
 * are of the same guest and the destination's QEMU was started with {@code -incoming}. Runs nothing
 * matches are reported alone.
 */
public final class RunPairer {
    /** How far apart two pairs' clock differences may be and still count as the same offset. */
    static final long TOLERANCE_MICROS = 2_000_000;
    /** Above this many runs per side, time matching (quadratic in runs) gives way to order. */
    private static final int TIME_MATCHING_LIMIT = 2_000;
    /** How many of the densest clock differences are tried. */
    private static final int CANDIDATES = 5;

    private RunPairer() {
    }

    /** The migrations among {@code runs} (runs with a role only), numbered in the order of their first run. */
    public static List<MigrationPair> pair(List<Run> runs) {
        List<Run> sources = withRole(runs, Role.SOURCE);
        List<Run> destinations = withRole(runs, Role.DESTINATION);
        List<Match> matches;
        if (sources.size() == 1 && destinations.size() == 1 && compatible(sources.get(0), destinations.get(0))) {
            matches = List.of(new Match(sources.get(0), destinations.get(0), PairingBasis.ONLY_RUNS,
                    new PairingReason.OnlyRuns()));
        } else if (timed(sources) && timed(destinations) && sources.size() <= TIME_MATCHING_LIMIT
                && destinations.size() <= TIME_MATCHING_LIMIT) {
            matches = byTime(sources, destinations);
        } else {
            matches = byOrder(sources, destinations, timed(sources) && timed(destinations)
                    ? PairingReason.Untimed.TOO_MANY_RUNS : PairingReason.Untimed.NO_TIMESTAMPS);
        }
        List<Match> all = new ArrayList<>(matches);
        // Runs are records compared field by field, events included: identity keeps this linear in runs.
        Set<Run> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        matches.forEach(m -> {
            paired.add(m.source);
            paired.add(m.destination);
        });
        for (Run source : sources) {
            if (!paired.contains(source)) {
                all.add(new Match(source, null, PairingBasis.UNPAIRED, new PairingReason.NoDestination()));
            }
        }
        for (Run destination : destinations) {
            if (!paired.contains(destination)) {
                all.add(new Match(null, destination, PairingBasis.UNPAIRED, new PairingReason.NoSource()));
            }
        }
        Map<Run, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            positions.putIfAbsent(runs.get(i), i);
        }
        all.sort(Comparator.comparingInt((Match m) -> position(positions, m)));
        List<MigrationPair> pairs = new ArrayList<>();
        for (Match match : all) {
            pairs.add(new MigrationPair(pairs.size() + 1, Optional.ofNullable(match.source),
                    Optional.ofNullable(match.destination), match.basis, match.how));
        }
        return List.copyOf(pairs);
    }

    private static List<Match> byOrder(List<Run> sources, List<Run> destinations, PairingReason.Untimed why) {
        List<Match> matches = new ArrayList<>();
        int next = 0;
        for (Run source : sources) {
            for (int k = next; k < destinations.size(); k++) {
                if (compatible(source, destinations.get(k))) {
                    matches.add(new Match(source, destinations.get(k), PairingBasis.ORDER,
                            new PairingReason.ByOrder(matches.size() + 1, why)));
                    next = k + 1;
                    break;
                }
            }
        }
        return matches;
    }

    private static List<Match> byTime(List<Run> sources, List<Run> destinations) {
        List<Run> s = sortedByAnchor(sources);
        List<Run> d = sortedByAnchor(destinations);
        long[] sourceAnchors = s.stream().mapToLong(RunPairer::anchor).toArray();
        long[] destinationAnchors = d.stream().mapToLong(RunPairer::anchor).toArray();
        boolean[][] compatible = new boolean[s.size()][d.size()];
        for (int i = 0; i < s.size(); i++) {
            for (int k = 0; k < d.size(); k++) {
                compatible[i][k] = compatible(s.get(i), d.get(k));
            }
        }
        int[] best = new int[0];
        int bestCount = 0;
        long bestCost = Long.MAX_VALUE;
        for (long difference : candidateDifferences(sourceAnchors, destinationAnchors, compatible)) {
            int[] matched = new int[s.size()];
            long cost = greedy(sourceAnchors, destinationAnchors, compatible, difference, matched);
            int count = (int) Arrays.stream(matched).filter(m -> m >= 0).count();
            if (count > bestCount || (count == bestCount && cost < bestCost)) {
                best = matched;
                bestCount = count;
                bestCost = cost;
            }
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < best.length; i++) {
            if (best[i] >= 0) {
                long gap = destinationAnchors[best[i]] - sourceAnchors[i];
                matches.add(new Match(s.get(i), d.get(best[i]), PairingBasis.TIME,
                        new PairingReason.ByTime(gap, TOLERANCE_MICROS)));
            }
        }
        return matches;
    }

    /**
     * The clock differences worth trying: the true one is shared by every true pair, so it sits in the
     * densest window of all source-destination differences. The few densest windows are tried (their
     * middle values), not every difference: that keeps pairing fast for logs with hundreds of runs.
     */
    private static List<Long> candidateDifferences(long[] sources, long[] destinations, boolean[][] compatible) {
        long[] sorted = new long[sources.length * destinations.length];
        int n = 0;
        for (int i = 0; i < sources.length; i++) {
            for (int k = 0; k < destinations.length; k++) {
                if (compatible[i][k]) {
                    sorted[n++] = destinations[k] - sources[i];
                }
            }
        }
        sorted = Arrays.copyOf(sorted, n);
        Arrays.sort(sorted);
        List<long[]> windows = new ArrayList<>();
        int from = 0;
        for (int to = 0; to < sorted.length; to++) {
            while (sorted[to] - sorted[from] > TOLERANCE_MICROS) {
                from++;
            }
            windows.add(new long[]{to - from + 1, sorted[(from + to) / 2]});
        }
        windows.sort(Comparator.comparingLong((long[] w) -> w[0]).reversed());
        List<Long> candidates = new ArrayList<>();
        for (long[] window : windows) {
            if (candidates.size() == CANDIDATES) {
                break;
            }
            boolean distinct = candidates.stream().allMatch(c -> Math.abs(c - window[1]) > TOLERANCE_MICROS);
            if (distinct) {
                candidates.add(window[1]);
            }
        }
        return candidates;
    }

    /**
     * Matches in time order, each source with the first later destination whose clock difference is
     * within the tolerance of {@code difference}. Fills {@code matched[i]} with the destination's index
     * (-1 for none) and returns the summed distance to {@code difference}.
     */
    private static long greedy(long[] sources, long[] destinations, boolean[][] compatible, long difference,
                               int[] matched) {
        long cost = 0;
        int next = 0;
        for (int i = 0; i < sources.length; i++) {
            matched[i] = -1;
            for (int k = next; k < destinations.length; k++) {
                long gap = destinations[k] - sources[i];
                if (compatible[i][k] && Math.abs(gap - difference) <= TOLERANCE_MICROS) {
                    matched[i] = k;
                    cost += Math.abs(gap - difference);
                    next = k + 1;
                    break;
                }
            }
        }
        return cost;
    }

    /** When the run connected: its first {@code active}, else its first timed event. */
    private static long anchor(Run run) {
        Optional<StateChange> active = run.state(MigrationStates.ACTIVE);
        if (active.isPresent() && active.get().header().hasTime()) {
            return active.get().header().micros();
        }
        return run.start().orElse(0);
    }

    private static List<Run> sortedByAnchor(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingLong(RunPairer::anchor));
        return sorted;
    }

    private static boolean timed(List<Run> runs) {
        return runs.stream().allMatch(run -> run.start().isPresent());
    }

    private static List<Run> withRole(List<Run> runs, Role role) {
        return runs.stream().filter(run -> run.is(role)).toList();
    }

    /**
     * Where a migration goes in the list: at its earliest run in input order, then file order. A pair
     * between two logs has one run in the first log, so pairs follow that log's file order, which is
     * time order on one clock, whichever host sent.
     */
    private static int position(Map<Run, Integer> positions, Match match) {
        int source = match.source == null ? Integer.MAX_VALUE : positions.get(match.source);
        int destination = match.destination == null ? Integer.MAX_VALUE : positions.get(match.destination);
        return Math.min(source, destination);
    }

    /**
     * Different logs, or different processes of one SystemTap log; for runs of libvirt domain logs,
     * also the same guest (UUID), and a destination whose QEMU was started to receive ({@code -incoming}).
     */
    static boolean compatible(Run source, Run destination) {
        if (source.lifetime().isPresent() && destination.lifetime().isPresent()) {
            QemuLifetime from = source.lifetime().get();
            QemuLifetime to = destination.lifetime().get();
            if (from.uuid().isPresent() && to.uuid().isPresent() && !from.uuid().equals(to.uuid())) {
                return false;
            }
            if (to.commandLineRead() && to.startup().isPresent() && !to.incoming()) {
                return false;
            }
        }
        if (!source.id().input().equals(destination.id().input())) {
            return true;
        }
        OptionalLong a = process(source);
        OptionalLong b = process(destination);
        return a.isPresent() && b.isPresent() && a.getAsLong() != b.getAsLong();
    }

    private static OptionalLong process(Run run) {
        for (TraceEvent event : run.events()) {
            if (event.header().form() == LineForm.SYSTEMTAP && event.header().id().isPresent()) {
                return OptionalLong.of(event.header().id().getAsLong());
            }
        }
        return OptionalLong.empty();
    }

    private record Match(Run source, Run destination, PairingBasis basis, PairingReason how) {
        Run first() {
            return source != null ? source : destination;
        }
    }
}
