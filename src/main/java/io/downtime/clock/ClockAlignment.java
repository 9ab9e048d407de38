package io.downtime.clock;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How the destination's clock relates to the source's: {@code offset = dst_clock - src_clock} in µs,
 * as an interval from causality, with the evidence. {@code report.words.ClockWords} words it (its summary,
 * bounds, reasons and notes).
 *
 * @param offset       where the offset lies; an end is empty when nothing bounds it
 * @param estimate     the single value used to place events: the middle of a two-sided interval, the
 *                     bound of a one-sided one (destination events then sit at their earliest
 *                     possible time), the given value; empty for none and inconsistent
 * @param upperBinding the bound that sets {@code offset.high}
 * @param lowerBinding the bound that sets {@code offset.low}
 * @param bounds       every bound computed, used or not (see {@link #used})
 * @param returnPath   whether src-downtime-end was taken to wait for the destination, and why
 * @param handshake    whether the handshake was taken to bound the offset, and why
 * @param notes        anything else the reader should know (why none, contradictions), worded by report
 * @param conflicts    what the user asserted ({@code --clock-offset}, {@code --return-path on},
 *                     {@code --handshake on}) that the trace contradicts: the alignment must not be used
 */
public record ClockAlignment(Interval offset, OptionalLong estimate, AlignmentQuality quality,
                             Optional<OffsetBound> upperBinding, Optional<OffsetBound> lowerBinding,
                             List<OffsetBound> bounds, EvidenceUse returnPath, EvidenceUse handshake,
                             List<ClockNote> notes, List<AssumptionConflict> conflicts) {

    public ClockAlignment {
        bounds = List.copyOf(bounds);
        notes = List.copyOf(notes);
        conflicts = List.copyOf(conflicts);
    }

    public ClockAlignment(Interval offset, OptionalLong estimate, AlignmentQuality quality,
                          Optional<OffsetBound> upperBinding, Optional<OffsetBound> lowerBinding,
                          List<OffsetBound> bounds, EvidenceUse returnPath, EvidenceUse handshake, List<ClockNote> notes) {
        this(offset, estimate, quality, upperBinding, lowerBinding, bounds, returnPath, handshake, notes, List.of());
    }

    /** True when {@code bound} entered the interval. */
    public boolean used(OffsetBound bound) {
        switch (bound.kind()) {
            case RETURN_PATH:
                return returnPath.used();
            case HANDSHAKE:
                return handshake.used();
            default:
                return true;
        }
    }

    /** True when destination events can be placed on the source's clock at all. */
    public boolean placesEvents() {
        return estimate.isPresent();
    }
}
