package io.downtime.why;

import io.downtime.model.BandwidthEstimate;
import io.downtime.model.Checkpoint;
import io.downtime.model.PendingSize;
import io.downtime.model.StateChange;
import io.downtime.model.SwitchoverDecision;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationMode;
import io.downtime.run.MigrationPair;
import io.downtime.run.MigrationStates;
import io.downtime.run.Run;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@link Decision} from the source's run, as QEMU 8.2 to 10.x makes it. In
 * {@code migration_update_counters}, every {@code BUFFER_DELAY} (100 ms) of precopy:
 * <pre>
 *   bandwidth = (double) transferred / time_spent;                       // bytes per ms, not rounded
 *   expected_bw_per_ms = switchover_bw ? switchover_bw / 1000 : bandwidth;
 *   threshold_size = expected_bw_per_ms * downtime_limit;                // uint64_t: truncated
 *   trace_migrate_transferred(transferred, time_spent, bandwidth, switchover_bw / 1000, threshold_size);
 * </pre>
 * where the trace's {@code bandwidth} argument is a {@code uint64_t}, so the double is truncated on the
 * way. Then {@code migration_iteration_run} switches over when the pending bytes are 0 or below
 * {@code threshold_size}, tracing {@code migration_thread_low_pending} just before
 * {@code src-downtime-start}. The threshold in force is that of the last {@code migrate_transferred}
 * before the decision, since the counters are updated after an iteration, never between the decision
 * and the stop.
 */
public final class Decisions {
    /** QEMU's {@code BUFFER_DELAY}: its first bandwidth estimate comes this long after precopy starts. */
    static final long BANDWIDTH_PERIOD_MICROS = 100_000;

    private Decisions() {
    }

    /**
     * @param given a limit from outside the trace (the user's option, QEMU's parameters): it is the one
     *              the prediction is judged against; the threshold's is still derived, and a disagreement noted
     */
    public static Decision of(MigrationPair pair, Optional<DowntimeLimit> given) {
        if (pair.source().isEmpty()) {
            DecisionGap why = new DecisionGap.NoSourceRun();
            return new Decision(DecisionKind.NOT_TRACED, Optional.empty(), Optional.empty(), Known.missing(why),
                    Known.missing(why), Known.missing(why), given, given.isPresent() ? Optional.empty()
                    : Optional.of(new LimitGap.NoThreshold(why)), Optional.empty(), Known.missing(why),
                    Known.missing(why), List.of());
        }
        Run source = pair.source().get();
        List<TraceEvent> events = source.events();
        int start = indexOfDowntimeStart(events);
        int decisionAt = lastBefore(events, start, SwitchoverDecision.class);
        int bandwidthAt = lastBefore(events, decisionAt >= 0 ? decisionAt : start, BandwidthEstimate.class);
        boolean traced = events.stream().anyMatch(event -> event instanceof BandwidthEstimate
                || event instanceof PendingSize || event instanceof SwitchoverDecision);
        boolean postcopy = pair.mode() == MigrationMode.POSTCOPY;
        Optional<BandwidthEstimate> estimate = bandwidthAt >= 0
                ? Optional.of((BandwidthEstimate) events.get(bandwidthAt)) : Optional.empty();
        Optional<SwitchoverDecision> decision = decisionAt >= 0
                ? Optional.of((SwitchoverDecision) events.get(decisionAt)) : Optional.empty();

        DecisionGap noEstimate = traced ? noBandwidth(source, events, decisionAt >= 0 ? decisionAt : start)
                : new DecisionGap.NotTraced();
        Known bandwidth = estimate.map(e -> Known.of(e.bandwidthBytesPerMs())).orElse(Known.missing(noEstimate));
        Known threshold = estimate.map(e -> Known.of(e.maxSizeBytes())).orElse(Known.missing(noEstimate));
        Known switchoverBandwidth = estimate.map(Decisions::switchoverBandwidth).orElse(Known.missing(noEstimate));

        Known pending;
        if (postcopy) {
            pending = Known.missing(new DecisionGap.Postcopy());
        } else if (decision.isPresent()) {
            pending = Known.of(decision.get().pendingBytes());
        } else if (!traced) {
            pending = Known.missing(new DecisionGap.NotTraced());
        } else if (start == events.size()) {
            pending = Known.missing(new DecisionGap.NeverDecided(source.status()));
        } else {
            pending = Known.missing(new DecisionGap.NoDecisionLine());
        }
        DecisionKind kind = postcopy ? DecisionKind.POSTCOPY
                : decision.isEmpty() && start == events.size() ? DecisionKind.NO_SWITCHOVER
                : decision.isEmpty() ? DecisionKind.NOT_TRACED
                : decision.get().pendingBytes() == 0 && !(threshold.known() && threshold.get() > 0)
                ? DecisionKind.NOTHING_PENDING : DecisionKind.THRESHOLD;

        List<DecisionNote> notes = new ArrayList<>();
        ThresholdLimit derived = estimate.map(ThresholdLimit::of)
                .orElse(new ThresholdLimit(Optional.empty(), Optional.of(new LimitGap.NoThreshold(noEstimate))));
        Optional<DowntimeLimit> limit = given.or(() -> derived.limit());
        Optional<LimitGap> limitMissing = limit.isPresent() ? Optional.empty() : derived.missing();
        if (given.isPresent() && derived.limit().isPresent() && derived.limit().get().micros() != given.get().micros()) {
            notes.add(new DecisionNote.LimitsDisagree(given.get(), derived.limit().get()));
        }
        Known expected = expected(postcopy, pending, estimate, noEstimate);
        return new Decision(kind, decision.map(d -> d.header().where()), estimate.map(e -> e.header().where()),
                bandwidth, switchoverBandwidth, threshold, limit, limitMissing, derived.limit(), pending, expected, notes);
    }

    private static Known switchoverBandwidth(BandwidthEstimate estimate) {
        if (estimate.switchoverBandwidthBytesPerMs().isEmpty()) {
            return Known.missing(new DecisionGap.SwitchoverBandwidthUnprinted(estimate.header().where()));
        }
        long value = estimate.switchoverBandwidthBytesPerMs().getAsLong();
        return value > 0 ? Known.of(value)
                : Known.missing(new DecisionGap.SwitchoverBandwidthUnset(estimate.header().where()));
    }

    private static Known expected(boolean postcopy, Known pending, Optional<BandwidthEstimate> estimate,
                                  DecisionGap noEstimate) {
        if (postcopy) {
            return Known.missing(new DecisionGap.Postcopy());
        }
        if (!pending.known()) {
            return Known.missing(pending.missing().get());
        }
        if (estimate.isEmpty()) {
            return Known.missing(new DecisionGap.NoBandwidthForPending(noEstimate, pending.get()));
        }
        BandwidthEstimate e = estimate.get();
        long switchover = e.switchoverBandwidthBytesPerMs().orElse(0);
        BigInteger micros = BigInteger.valueOf(pending.get()).multiply(BigInteger.valueOf(1000));
        if (switchover > 0) {
            return Known.of(roundedQuotient(micros, BigInteger.valueOf(switchover)));
        }
        if (e.transferredBytes() <= 0 || e.timeSpentMs() <= 0) {
            return Known.missing(new DecisionGap.ZeroBandwidth(e.header().where()));
        }
        // pending / (transferred / time_spent): the bandwidth before QEMU truncated it for the trace line.
        return Known.of(roundedQuotient(micros.multiply(BigInteger.valueOf(e.timeSpentMs())),
                BigInteger.valueOf(e.transferredBytes())));
    }

    /** {@code a / b} rounded to the nearest whole number, halves up. */
    static long roundedQuotient(BigInteger a, BigInteger b) {
        return new BigDecimal(a).divide(new BigDecimal(b), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * Why no bandwidth estimate was in force at the decision. QEMU makes its first one a
     * {@code BUFFER_DELAY} after precopy starts, so precopy that ends sooner has none; but a trace that
     * simply leaves the event out looks the same, so the time from {@code active} to the decision says which.
     */
    private static DecisionGap.NoBandwidth noBandwidth(Run source, List<TraceEvent> events, int decisionAt) {
        if (decisionAt >= events.size()) {
            return new DecisionGap.NoBandwidthNoSwitchover(source.status());
        }
        TraceEvent decision = events.get(decisionAt);
        Optional<StateChange> active = source.state(MigrationStates.ACTIVE);
        if (active.isEmpty() || !active.get().header().hasTime() || !decision.header().hasTime()) {
            return new DecisionGap.NoBandwidthUntimed();
        }
        long precopy = decision.header().micros() - active.get().header().micros();
        if (precopy < BANDWIDTH_PERIOD_MICROS) {
            return new DecisionGap.NoBandwidthYet(precopy, active.get().header().where(), decision.header().where());
        }
        return new DecisionGap.NoBandwidthNotTraced(precopy);
    }

    private static int indexOfDowntimeStart(List<TraceEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Checkpoint checkpoint
                    && CheckpointCatalogue.canonical(checkpoint.name()).equals(CheckpointCatalogue.SRC_DOWNTIME_START)) {
                return i;
            }
        }
        return events.size();
    }

    private static int lastBefore(List<TraceEvent> events, int end, Class<? extends TraceEvent> type) {
        for (int i = Math.min(end, events.size()) - 1; i >= 0; i--) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
