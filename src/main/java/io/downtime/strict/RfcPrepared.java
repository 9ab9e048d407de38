package io.downtime.strict;

import java.util.List;

/**
 * The RFC on one run, for any limits. Both hosts' checks read counters that only grow, so a host
 * fires at all iff its last check reaches the limit, and each last reading takes one of two values
 * (k or k+1 ms) depending on the phase. Kept: how many allowed source phases give each pair (last
 * source reading, source downtime sent), and how many destination phases give each last destination
 * reading. A phase pair fires when the source's last reading reaches the limit, or the destination's
 * source downtime plus its last reading does.
 *
 * @param sourceCounts      allowed source phases by {@code (lastReading - lastBase) * 2 + (sent - sentBase)}
 * @param destinationCounts allowed destination phases by {@code lastReading - destinationBase}
 * @param inTimeChecks      the destination checks some before the guest started on the destination (postcopy
 *                          loads its RAM after): a firing only after that start loses the guest
 * @param inTimeBase        the reading base of the last of those, as {@code destinationBase}
 * @param jointCounts       allowed destination phases by {@code (inTimeReading - inTimeBase) * 2 + (lastReading -
 *                          destinationBase)}
 */
record RfcPrepared(int sourcePhases, int destinationPhases, boolean sourceChecks, long lastBase, boolean message,
                   long sentBase, int[] sourceCounts, boolean destinationChecks, long destinationBase,
                   int[] destinationCounts, boolean inTimeChecks, long inTimeBase, int[] jointCounts,
                   JudgedBlackout blackout) implements PreparedReplay {

    static RfcPrepared of(Switchover run) {
        PhaseSet sources = run.phases().source();
        PhaseSet destinations = run.phases().destination();
        long start = run.startMicros();
        boolean sourceChecks = !run.sourceChecks().isEmpty();
        long last = sourceChecks ? run.sourceChecks().get(run.sourceChecks().size() - 1).micros() : start;
        boolean message = run.send().isPresent();
        long sent = message ? run.send().get().micros() : start;
        long lastBase = Math.floorDiv(last - start, 1000);
        long sentBase = Math.floorDiv(sent - start, 1000);
        int[] sourceCounts = new int[4];
        for (int phase : sources.members()) {
            int dk = (int) (MillisecondCounter.elapsed(start, last, phase) - lastBase);
            int dv = (int) (MillisecondCounter.elapsed(start, sent, phase) - sentBase);
            sourceCounts[dk * 2 + dv]++;
        }
        boolean destinationChecks = message && run.receipt().isPresent() && !run.destinationChecks().isEmpty();
        long destinationBase = 0;
        int[] destinationCounts = new int[2];
        long started = run.guestStarted().map(HostEvent::micros).orElse(Long.MAX_VALUE);
        List<HostEvent> inTime = run.destinationChecks().stream().filter(check -> check.micros() <= started).toList();
        boolean inTimeChecks = destinationChecks && !inTime.isEmpty();
        long inTimeBase = 0;
        int[] jointCounts = new int[4];
        if (destinationChecks) {
            long received = run.receipt().get().micros();
            long lastLoad = run.destinationChecks().get(run.destinationChecks().size() - 1).micros();
            long lastInTime = inTimeChecks ? inTime.get(inTime.size() - 1).micros() : received;
            destinationBase = Math.floorDiv(lastLoad - received, 1000);
            inTimeBase = Math.floorDiv(lastInTime - received, 1000);
            for (int phase : destinations.members()) {
                int dm = (int) (MillisecondCounter.elapsed(received, lastLoad, phase) - destinationBase);
                int di = (int) (MillisecondCounter.elapsed(received, lastInTime, phase) - inTimeBase);
                destinationCounts[dm]++;
                jointCounts[di * 2 + dm]++;
            }
        }
        return new RfcPrepared(sources.size(), destinations.size(), sourceChecks, lastBase, message, sentBase,
                sourceCounts, destinationChecks, destinationBase, destinationCounts, inTimeChecks, inTimeBase, jointCounts,
                run.blackout());
    }

    /**
     * How many (source phase, destination phase) pairs fire only after the guest started on the destination: the
     * source never fires, no destination check before the start reaches the limit, a later one does.
     */
    long losingPairs(long limit) {
        if (!destinationChecks) {
            return 0;
        }
        long losing = 0;
        for (int dk = 0; dk < 2; dk++) {
            for (int dv = 0; dv < 2; dv++) {
                int count = sourceCounts[dk * 2 + dv];
                if (count == 0 || (sourceChecks && lastBase + dk >= limit)) {
                    continue;
                }
                for (int di = 0; di < 2; di++) {
                    for (int dm = 0; dm < 2; dm++) {
                        boolean inTime = inTimeChecks && sentBase + dv + inTimeBase + di >= limit;
                        boolean atAll = sentBase + dv + destinationBase + dm >= limit;
                        if (atAll && !inTime) {
                            losing += (long) count * jointCounts[di * 2 + dm];
                        }
                    }
                }
            }
        }
        return losing;
    }

    /** How many (source phase, destination phase) pairs fire at abort limit {@code limit}. */
    long firingPairs(long limit) {
        long firing = 0;
        for (int dk = 0; dk < 2; dk++) {
            for (int dv = 0; dv < 2; dv++) {
                int count = sourceCounts[dk * 2 + dv];
                if (count == 0) {
                    continue;
                }
                if (sourceChecks && lastBase + dk >= limit) {
                    firing += (long) count * destinationPhases;
                } else if (destinationChecks) {
                    for (int dm = 0; dm < 2; dm++) {
                        if (sentBase + dv + destinationBase + dm >= limit) {
                            firing += (long) count * destinationCounts[dm];
                        }
                    }
                }
            }
        }
        return firing;
    }

    @Override
    public PolicyOutcome outcome(Limits limits) {
        long limit = limits.abortLimitMs();
        long firing = firingPairs(limit);
        long losing = losingPairs(limit);
        long pairs = (long) sourcePhases * destinationPhases;
        Certainty fired = Certainty.of(firing > 0, firing < pairs);
        long promised = limit * 1000;
        return PolicyOutcome.independent(fired, firing > losing, losing > 0, blackout.canExceed(promised),
                blackout.canMeet(promised));
    }
}
