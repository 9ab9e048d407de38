package io.downtime.strict;

import io.downtime.blackout.DeviceKey;
import io.downtime.clock.Estimate;
import io.downtime.run.Role;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntToLongFunction;

/**
 * The RFC check by check, phase by phase. Each host's phase is one value for the whole run, so the
 * checks are evaluated as a sequence per phase: the source phases split into classes by (first firing
 * check, downtime sent), and for each downtime sent the destination phases split by their first firing
 * check. Each pair of classes is one scenario; on the source's clock the two firings say which host
 * fires first.
 */
final class RfcScenarios {
    private final List<Check> checks;
    private final List<Scenario> scenarios;

    private RfcScenarios(List<Check> checks, List<Scenario> scenarios) {
        this.checks = List.copyOf(checks);
        this.scenarios = List.copyOf(scenarios);
    }

    private record SourceClass(int firstFiring, long sent) {
    }

    static RfcScenarios of(Switchover run, long limit) {
        long start = run.startMicros();
        List<HostEvent> sourceChecks = run.sourceChecks();
        List<HostEvent> destinationChecks = run.destinationChecks();
        boolean destination = run.send().isPresent() && run.receipt().isPresent();
        long sentAt = run.send().map(MessageSend::micros).orElse(start);
        long received = run.receipt().map(MessageReceipt::micros).orElse(0L);

        Map<SourceClass, List<Integer>> sourceClasses = new LinkedHashMap<>();
        for (int phase : run.phases().source().members()) {
            int first = -1;
            for (int i = 0; i < sourceChecks.size(); i++) {
                if (MillisecondCounter.elapsed(start, sourceChecks.get(i).micros(), phase) >= limit) {
                    first = i;
                    break;
                }
            }
            long sent = run.send().isPresent() ? MillisecondCounter.elapsed(start, sentAt, phase) : -1;
            sourceClasses.computeIfAbsent(new SourceClass(first, sent), key -> new ArrayList<>()).add(phase);
        }
        Map<Long, Map<Integer, List<Integer>>> destinationClasses = new LinkedHashMap<>();
        if (destination) {
            for (SourceClass sourceClass : sourceClasses.keySet()) {
                destinationClasses.computeIfAbsent(sourceClass.sent(), sent -> {
                    Map<Integer, List<Integer>> byFirst = new LinkedHashMap<>();
                    for (int phase : run.phases().destination().members()) {
                        int first = -1;
                        for (int j = 0; j < destinationChecks.size(); j++) {
                            if (sent + MillisecondCounter.elapsed(received, destinationChecks.get(j).micros(), phase) >= limit) {
                                first = j;
                                break;
                            }
                        }
                        byFirst.computeIfAbsent(first, key -> new ArrayList<>()).add(phase);
                    }
                    return byFirst;
                });
            }
        }

        List<Scenario> scenarios = new ArrayList<>();
        for (Map.Entry<SourceClass, List<Integer>> sourceClass : sourceClasses.entrySet()) {
            PhaseSet sourcePhases = phases(sourceClass.getValue());
            int sourceFirst = sourceClass.getKey().firstFiring();
            Optional<Firing> sourceFiring = sourceFirst < 0 ? Optional.empty()
                    : Optional.of(sourceFiring(run, sourceFirst, sourcePhases, run.phases().destination()));
            boolean messageSent = destination && (sourceFirst < 0 || sourceChecks.get(sourceFirst).micros() > sentAt);
            if (!messageSent) {
                scenarios.add(scenario(sourceFiring, Optional.empty(), sourcePhases, run.phases().destination()));
                continue;
            }
            for (Map.Entry<Integer, List<Integer>> destinationClass
                    : destinationClasses.get(sourceClass.getKey().sent()).entrySet()) {
                PhaseSet destinationPhases = phases(destinationClass.getValue());
                int destinationFirst = destinationClass.getKey();
                Optional<Firing> destinationFiring = destinationFirst < 0 ? Optional.empty()
                        : Optional.of(destinationFiring(run, destinationFirst, sourceClass.getKey().sent(), sourcePhases,
                        destinationPhases));
                scenarios.add(combined(run, sourceFirst, sourceFiring, destinationFirst, destinationFiring,
                        sourcePhases, destinationPhases));
            }
        }
        List<Check> checks = new ArrayList<>();
        for (HostEvent check : sourceChecks) {
            checks.add(sourceCheck(run, check, limit));
        }
        if (destination) {
            List<Long> sentValues = sourceClasses.keySet().stream().map(SourceClass::sent).distinct().toList();
            for (HostEvent check : destinationChecks) {
                checks.add(destinationCheck(run, check, sentValues, limit));
            }
        }
        checks.sort(Comparator.comparingLong((Check c) -> c.event().onSourceClock().value().orElse(Long.MAX_VALUE))
                .thenComparing(c -> c.event().host() == Role.DESTINATION));
        return new RfcScenarios(checks, merged(scenarios));
    }

    List<Check> checks() {
        return checks;
    }

    List<Scenario> scenarios() {
        return scenarios;
    }

    /** The earliest first firing over all scenarios, on the source's clock. */
    Optional<Firing> earliest() {
        return scenarios.stream().map(Scenario::first).flatMap(Optional::stream)
                .min(Comparator.comparingLong(firing -> firing.sinceStart().value().orElse(Long.MAX_VALUE)));
    }

    Optional<Check> lastCheck(Role host) {
        return checks.stream().filter(check -> check.event().host() == host)
                .max(Comparator.comparingLong(check -> check.event().micros()));
    }

    private static Scenario combined(Switchover run, int sourceFirst, Optional<Firing> sourceFiring, int destinationFirst,
                                     Optional<Firing> destinationFiring, PhaseSet sourcePhases, PhaseSet destinationPhases) {
        if (sourceFiring.isEmpty() || destinationFiring.isEmpty()) {
            return scenario(sourceFiring.or(() -> destinationFiring), Optional.empty(), sourcePhases, destinationPhases);
        }
        long sourceAt = sourceFiring.get().at().micros();
        Estimate destinationAt = destinationFiring.get().at().onSourceClock();
        OptionalLong low = destinationAt.bounds().low();
        OptionalLong high = destinationAt.bounds().high();
        if (low.isPresent() && low.getAsLong() > sourceAt) {
            // The destination keeps loading what the source saved before it cancelled, and no more.
            boolean stillArrives = savedBefore(run, sourceFirst, destinationFiring.get().at());
            return new Scenario(sourceFiring, stillArrives ? destinationFiring : Optional.empty(), Scenario.Order.SOURCE_FIRST,
                    sourcePhases, destinationPhases, true);
        }
        if (high.isPresent() && high.getAsLong() < sourceAt) {
            return new Scenario(destinationFiring, Optional.empty(), Scenario.Order.DESTINATION_FIRST, sourcePhases,
                    destinationPhases, true);
        }
        return new Scenario(sourceFiring, destinationFiring, Scenario.Order.UNDECIDED, sourcePhases, destinationPhases, true);
    }

    private static boolean savedBefore(Switchover run, int sourceFirst, HostEvent load) {
        Optional<DeviceKey> device = load.site().device();
        if (device.isEmpty()) {
            return false;
        }
        for (int i = 0; i <= sourceFirst; i++) {
            if (run.sourceChecks().get(i).site().device().equals(device)) {
                return true;
            }
        }
        return false;
    }

    private static Scenario scenario(Optional<Firing> first, Optional<Firing> then, PhaseSet sourcePhases,
                                     PhaseSet destinationPhases) {
        return new Scenario(first, then, first.isPresent() ? Scenario.Order.ONE_HOST : Scenario.Order.NOTHING_FIRES,
                sourcePhases, destinationPhases, true);
    }

    private static Firing sourceFiring(Switchover run, int index, PhaseSet sourcePhases, PhaseSet destinationPhases) {
        HostEvent check = run.sourceChecks().get(index);
        long[] range = range(sourcePhases, phase -> MillisecondCounter.elapsed(run.startMicros(), check.micros(), phase));
        return new Firing(check, run.sinceStart(check), Perceived.counterMs(range[0], range[1]), sourcePhases,
                destinationPhases, Consequence.RESUMES_ON_SOURCE);
    }

    private static Firing destinationFiring(Switchover run, int index, long sent, PhaseSet sourcePhases,
                                            PhaseSet destinationPhases) {
        HostEvent check = run.destinationChecks().get(index);
        long received = run.receipt().orElseThrow().micros();
        long[] range = range(destinationPhases, phase -> sent + MillisecondCounter.elapsed(received, check.micros(), phase));
        boolean afterStart = run.guestStarted().map(started -> check.micros() > started.micros()).orElse(false);
        return new Firing(check, run.sinceStart(check), Perceived.counterMs(range[0], range[1]), sourcePhases,
                destinationPhases, afterStart ? Consequence.GUEST_LOST : Consequence.RESUMES_ON_SOURCE);
    }

    private static Check sourceCheck(Switchover run, HostEvent check, long limit) {
        long[] range = range(run.phases().source(), phase -> MillisecondCounter.elapsed(run.startMicros(), check.micros(), phase));
        return new Check(check, run.sinceStart(check), Perceived.counterMs(range[0], range[1]), reaches(range, limit));
    }

    private static Check destinationCheck(Switchover run, HostEvent check, List<Long> sentValues, long limit) {
        long received = run.receipt().orElseThrow().micros();
        long[] own = range(run.phases().destination(), phase -> MillisecondCounter.elapsed(received, check.micros(), phase));
        long low = sentValues.stream().mapToLong(Long::longValue).min().orElse(0) + own[0];
        long high = sentValues.stream().mapToLong(Long::longValue).max().orElse(0) + own[1];
        long[] range = {low, high};
        return new Check(check, run.sinceStart(check), Perceived.counterMs(low, high), reaches(range, limit));
    }

    private static Certainty reaches(long[] range, long limit) {
        return Certainty.of(range[1] >= limit, range[0] < limit);
    }

    private static long[] range(PhaseSet phases, IntToLongFunction reading) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int phase : phases.members()) {
            long value = reading.applyAsLong(phase);
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return new long[]{min, max};
    }

    private static PhaseSet phases(List<Integer> members) {
        BitSet bits = new BitSet();
        members.forEach(bits::set);
        return PhaseSet.of(bits::get);
    }

    /**
     * Scenarios with the same first firing are one. The pieces enumerated are disjoint sets of phase
     * pairs; the joined scenario keeps each host's phases that take part and says whether every
     * combination of them does. Its second firing is the earliest of the pieces', and each firing's
     * perceived value spans the pieces'.
     */
    private static List<Scenario> merged(List<Scenario> pieces) {
        Map<List<Object>, List<Scenario>> groups = new LinkedHashMap<>();
        for (Scenario piece : pieces) {
            groups.computeIfAbsent(List.of(piece.order(), where(piece.first())), key -> new ArrayList<>()).add(piece);
        }
        List<Scenario> merged = new ArrayList<>();
        for (List<Scenario> group : groups.values()) {
            PhaseSet sources = group.get(0).sourcePhases();
            PhaseSet destinations = group.get(0).destinationPhases();
            long pairs = 0;
            for (Scenario piece : group) {
                sources = sources.union(piece.sourcePhases());
                destinations = destinations.union(piece.destinationPhases());
                pairs += (long) piece.sourcePhases().size() * piece.destinationPhases().size();
            }
            Optional<Firing> first = hull(group.stream().map(Scenario::first).toList(), sources, destinations);
            Optional<Firing> then = hull(earliestThen(group), sources, destinations);
            merged.add(new Scenario(first, then, group.get(0).order(), sources, destinations,
                    pairs == (long) sources.size() * destinations.size()));
        }
        merged.sort(Comparator.comparingLong(s -> s.first().flatMap(f -> boxed(f.sinceStart().value()))
                .orElse(Long.MAX_VALUE)));
        return merged;
    }

    /** The pieces' second firings at the earliest of their sites. */
    private static List<Optional<Firing>> earliestThen(List<Scenario> group) {
        Optional<HostEvent> earliest = group.stream().map(Scenario::then).flatMap(Optional::stream).map(Firing::at)
                .min(Comparator.comparingLong(HostEvent::micros));
        if (earliest.isEmpty()) {
            return List.of(Optional.empty());
        }
        return group.stream().map(Scenario::then).filter(then -> then.map(Firing::at).equals(earliest)).toList();
    }

    /** Firings at one site as one, over the joined phases; the perceived values span them all. */
    private static Optional<Firing> hull(List<Optional<Firing>> firings, PhaseSet sourcePhases, PhaseSet destinationPhases) {
        List<Firing> present = firings.stream().flatMap(Optional::stream).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Firing any = present.get(0);
        long low = present.stream().mapToLong(f -> f.perceived().lowMicros()).min().orElseThrow();
        long high = present.stream().mapToLong(f -> f.perceived().highMicros().orElseThrow()).max().orElseThrow();
        return Optional.of(new Firing(any.at(), any.sinceStart(), new Perceived(low, OptionalLong.of(high), true),
                sourcePhases, destinationPhases, any.consequence()));
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    private static Optional<HostEvent> where(Optional<Firing> firing) {
        return firing.map(Firing::at);
    }
}
