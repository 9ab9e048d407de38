package io.downtime.strict;

import io.downtime.blackout.Blackout;
import io.downtime.blackout.BlackoutAnalysis;
import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.Interval;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import java.util.OptionalLong;

/**
 * The blackout a policy's verdict is judged against: how long the guest would have been stopped had
 * the policy not fired, in µs from {@code src-downtime-start}. Its words are report's
 * ({@code report.replay.PolicyWords}).
 *
 * @param micros    where it lies; the upper end is empty when only a lower bound is known
 * @param basis     where the figure comes from
 * @param roundTrip the round trip added to it (source-ack's destination waits for the answer), when one was
 */
public record JudgedBlackout(Kind kind, Interval micros, Basis basis, OptionalLong roundTrip) {

    public enum Kind {
        /** The guest started on the destination: the report's true blackout ({@code BlackoutAnalysis}). */
        RECORDED("recorded"),
        /** The run was cut short (an abort, a failure): the blackout it would have had is known only from below. */
        CUT_SHORT("cut short"),
        /** Nothing bounds it. */
        UNKNOWN("unknown");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the figure comes from. */
    public sealed interface Basis {
    }

    /** The guest was stopped from src-downtime-start to dst-*-vm-started: analyzer report's blackout. */
    public record GuestStopped() implements Basis {
    }

    /**
     * The run was cut short before the guest started on the destination (the source ended {@code source}, the
     * destination {@code destination}); had nothing stopped it, the guest would have been stopped at least
     * {@code leastMicros}, until after {@code latest}.
     */
    public record CutShort(RunStatus source, RunStatus destination, long leastMicros, HostEvent latest) implements Basis {
    }

    /** Nothing bounds it: the run cannot be replayed, for the reason given. */
    public record Unbounded(Unreplayable why) implements Basis {
    }

    /** Nothing bounds it: the blackout is unknown, for the analysis's reason, and the run was not cut short. */
    public record NoBlackout(BlackoutUnavailable why) implements Basis {
    }

    public JudgedBlackout(Kind kind, Interval micros, Basis basis) {
        this(kind, micros, basis, OptionalLong.empty());
    }

    public static JudgedBlackout unknown(Unreplayable why) {
        return new JudgedBlackout(Kind.UNKNOWN, Interval.unbounded(), new Unbounded(why));
    }

    /**
     * The blackout of {@code migration} to judge against: analyzer report's when the guest started on the
     * destination; when the run was cut short (the source cancelled or failed, or the destination failed, before
     * the guest started), at least until the latest progress either host recorded (the source's checkpoints and
     * saves, the destination's loads before any abort), each at its earliest time on the source's clock; else
     * unbounded.
     */
    static JudgedBlackout of(AlignedMigration migration, HostEvent start, List<HostEvent> sourceProgress,
                            List<HostEvent> destinationProgress) {
        Blackout blackout = BlackoutAnalysis.of(migration);
        if (blackout.guestStopped().isPresent()) {
            return new JudgedBlackout(JudgedBlackout.Kind.RECORDED, blackout.guestStopped().get().bounds(),
                    new JudgedBlackout.GuestStopped());
        }
        Run source = migration.pair().source().orElseThrow();
        Optional<Run> destination = migration.pair().destination();
        boolean cutShort = destination.isPresent() && destination.get().guestStarted().isEmpty()
                && (ended(source.status()) || ended(destination.get().status()));
        if (!cutShort) {
            // BlackoutAnalysis gives a reason whenever it gives no blackout.
            return new JudgedBlackout(Kind.UNKNOWN, Interval.unbounded(), new NoBlackout(blackout.unavailable().orElseThrow()));
        }
        HostEvent latest = start;
        long least = 0;
        List<HostEvent> progress = new ArrayList<>(sourceProgress);
        progress.addAll(destinationProgress.stream()
                .filter(event -> event.site().kind() == CheckSite.Kind.LOAD).toList());
        for (HostEvent event : progress) {
            OptionalLong low = event.onSourceClock().bounds().low();
            if (low.isPresent() && low.getAsLong() - start.micros() > least) {
                least = low.getAsLong() - start.micros();
                latest = event;
            }
        }
        return new JudgedBlackout(JudgedBlackout.Kind.CUT_SHORT, Interval.atLeast(least),
                new JudgedBlackout.CutShort(source.status(), destination.get().status(), least, latest));
    }

    private static boolean ended(RunStatus status) {
        return status == RunStatus.FAILED || status == RunStatus.CANCELLED;
    }

    /** Longer than {@code limitMicros} for some possible value. */
    public boolean canExceed(long limitMicros) {
        return micros.high().isEmpty() || micros.high().getAsLong() > limitMicros;
    }

    /** Within {@code limitMicros} for some possible value. */
    public boolean canMeet(long limitMicros) {
        return micros.low().isEmpty() || micros.low().getAsLong() <= limitMicros;
    }

    /** The same blackout lengthened by the round trip the source-ack policy's destination waits for. */
    public JudgedBlackout plusRoundTrip(long roundTripMicros) {
        if (kind == Kind.UNKNOWN) {
            return this;
        }
        return new JudgedBlackout(kind, micros.plus(roundTripMicros), basis, OptionalLong.of(roundTripMicros));
    }

    public OptionalLong low() {
        return micros.low();
    }

    public OptionalLong high() {
        return micros.high();
    }
}
