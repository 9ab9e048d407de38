package io.downtime.run;

import io.downtime.model.LineForm;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Matches source runs with destination runs.
 *
 * <p>One run per side: they are the pair. Several, with timestamps: a source and the destination it
 * connected to become {@code active} within moments of each other, so on the two hosts' clocks
 * {@code active(dst) - active(src)} is the clock offset plus a little; the matching keeps time order
 * and takes the one difference shared by the most pairs (within {@link #TOLERANCE_MICROS}). Without
 * timestamps, runs are matched in order. Two runs are only paired when they come from different
 * logs, or from different processes of one SystemTap log. Runs nothing matches are reported alone.
 */
public final class RunPairer {
    /** How far apart two pairs' clock differences may be and still count as the same offset. */
    static final long TOLERANCE_MICROS = 2_000_000;
    /** Above this many runs per side, time matching (quadratic in candidates) gives way to order. */
    private static final int TIME_MATCHING_LIMIT = 500;

    private RunPairer() {
    }

    /** The migrations among {@code runs} (runs with a role only), numbered in the order of their first run. */
    public static List<MigrationPair> pair(List<Run> runs) {
        List<Run> sources = withRole(runs, Role.SOURCE);
        List<Run> destinations = withRole(runs, Role.DESTINATION);
        List<Match> matches;
        if (sources.size() == 1 && destinations.size() == 1 && compatible(sources.get(0), destinations.get(0))) {
            matches = List.of(new Match(sources.get(0), destinations.get(0), PairingBasis.ONLY_RUNS,
                    "the only source run and the only destination run"));
        } else if (timed(sources) && timed(destinations) && sources.size() <= TIME_MATCHING_LIMIT
                && destinations.size() <= TIME_MATCHING_LIMIT) {
            matches = byTime(sources, destinations);
        } else {
            matches = byOrder(sources, destinations);
        }
        List<Match> all = new ArrayList<>(matches);
        for (Run source : sources) {
            if (matches.stream().noneMatch(m -> m.source == source)) {
                all.add(new Match(source, null, PairingBasis.UNPAIRED, "no destination run to pair with"));
            }
        }
        for (Run destination : destinations) {
            if (matches.stream().noneMatch(m -> m.destination == destination)) {
                all.add(new Match(null, destination, PairingBasis.UNPAIRED, "no source run to pair with"));
            }
        }
        all.sort(Comparator.comparingInt((Match m) -> runs.indexOf(m.first())));
        List<MigrationPair> pairs = new ArrayList<>();
        for (Match match : all) {
            pairs.add(new MigrationPair(pairs.size() + 1, Optional.ofNullable(match.source),
                    Optional.ofNullable(match.destination), match.basis, match.how));
        }
        return List.copyOf(pairs);
    }

    private static List<Match> byOrder(List<Run> sources, List<Run> destinations) {
        List<Match> matches = new ArrayList<>();
        int next = 0;
        for (Run source : sources) {
            for (int k = next; k < destinations.size(); k++) {
                if (compatible(source, destinations.get(k))) {
                    matches.add(new Match(source, destinations.get(k), PairingBasis.ORDER,
                            "paired in order (source run " + (matches.size() + 1) + " with destination run "
                            + (matches.size() + 1) + "): the logs carry no timestamps to match them by"));
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
        List<Match> best = List.of();
        long bestCost = Long.MAX_VALUE;
        for (Run source : s) {
            for (Run destination : d) {
                if (!compatible(source, destination)) {
                    continue;
                }
                long difference = anchor(destination) - anchor(source);
                List<Match> matches = new ArrayList<>();
                long cost = greedy(s, d, difference, matches);
                if (matches.size() > best.size() || (matches.size() == best.size() && cost < bestCost)) {
                    best = matches;
                    bestCost = cost;
                }
            }
        }
        return best;
    }

    private static long greedy(List<Run> sources, List<Run> destinations, long difference, List<Match> matches) {
        long cost = 0;
        int next = 0;
        for (Run source : sources) {
            for (int k = next; k < destinations.size(); k++) {
                Run destination = destinations.get(k);
                long gap = anchor(destination) - anchor(source);
                if (compatible(source, destination) && Math.abs(gap - difference) <= TOLERANCE_MICROS) {
                    matches.add(new Match(source, destination, PairingBasis.TIME,
                            "paired by time: on the two hosts' clocks the destination became active "
                            + Durations.signed(gap) + " from the source, the difference the pairs of these logs share"
                            + " (within " + Durations.of(TOLERANCE_MICROS) + ")"));
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

    /** Different logs, or different processes of one SystemTap log. */
    static boolean compatible(Run source, Run destination) {
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

    private record Match(Run source, Run destination, PairingBasis basis, String how) {
        Run first() {
            return source != null ? source : destination;
        }
    }
}
