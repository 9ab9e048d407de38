package io.downtime.clock;

import io.downtime.run.Role;

/**
 * Why an assumption-dependent kind of evidence (the return path, the handshake) was used or not, with the lines
 * and values a user can check against the trace; {@code report.words.ClockWords} words it.
 */
public sealed interface EvidenceReason {

    /** A piece the bound needs is missing from the trace. */
    record NotApplicable(Missing missing) implements EvidenceReason {
    }

    /** The user decided ({@code --return-path on|off}, {@code --handshake on|off}). */
    record Given(BoundKind assumption, EvidenceSwitch choice) implements EvidenceReason {
    }

    /** Postcopy: src-downtime-end marks the switch to postcopy and does not wait for the destination. */
    record Postcopy() implements EvidenceReason {
    }

    /**
     * The source's src-downtime-end came before the destination could have started its guest: waiting for it
     * would put the offset above {@code returnPath.micros()}, which {@code binding}, the tightest upper bound
     * resting on no assumption, rules out.
     */
    record EndBeforeGuestStart(OffsetBound returnPath, OffsetBound binding) implements EvidenceReason {
    }

    /** Neither src-non-iterable-saved nor src-iterable-saved: nothing to measure the source's wait from. */
    record NothingToMeasure() implements EvidenceReason {
    }

    /**
     * src-downtime-end followed {@code before} by {@code waitMicros}: a wait for the destination when
     * {@code waited} (at least {@link Assumptions#RETURN_PATH_WAIT_MICROS}).
     */
    record MeasuredWait(String before, long waitMicros, boolean waited) implements EvidenceReason {
    }

    /**
     * On any offset the destination-to-source evidence allows, the destination became active at least
     * {@code earlierMicros} before the source entered setup: the source QEMU did not open the connection.
     */
    record ActiveBeforeSetup(OffsetBound handshake, long earlierMicros) implements EvidenceReason {
    }

    /** libvirt ran the migration and connects the socket itself: the handshake is not used unless forced. */
    record LibvirtConnects() implements EvidenceReason {
    }

    /** The source QEMU is taken to have opened the connection itself. */
    record QemuConnected() implements EvidenceReason {
    }

    /** What a bound lacks. */
    enum Missing {
        SRC_DOWNTIME_END, DST_PRECOPY_BH_VM_STARTED, HANDSHAKE_STATES, TIMESTAMPS, SOURCE_RUN, DESTINATION_RUN;

        static Missing run(Role host) {
            return host == Role.SOURCE ? SOURCE_RUN : DESTINATION_RUN;
        }
    }
}
