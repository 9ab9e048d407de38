package io.downtime.strict;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Which sub-millisecond phases of a host's millisecond counter remain possible. The counter reads
 * {@code floor((t + phase) / 1000)} at wall-clock microsecond {@code t}; the phase is one integer in
 * [0, 1000) per host and run (trace times are whole microseconds, so integer phases cover every case).
 */
public final class PhaseSet {
    public static final int PHASES = 1000;
    private static final PhaseSet ALL = of(phase -> true);

    private final BitSet phases;

    private PhaseSet(BitSet phases) {
        this.phases = phases;
    }

    public static PhaseSet all() {
        return ALL;
    }

    public static PhaseSet of(IntPredicate member) {
        BitSet bits = new BitSet(PHASES);
        for (int phase = 0; phase < PHASES; phase++) {
            if (member.test(phase)) {
                bits.set(phase);
            }
        }
        return new PhaseSet(bits);
    }

    /** The phases of this set that also satisfy {@code member}. */
    public PhaseSet where(IntPredicate member) {
        BitSet bits = (BitSet) phases.clone();
        for (int phase = bits.nextSetBit(0); phase >= 0; phase = bits.nextSetBit(phase + 1)) {
            if (!member.test(phase)) {
                bits.clear(phase);
            }
        }
        return new PhaseSet(bits);
    }

    public PhaseSet union(PhaseSet other) {
        BitSet bits = (BitSet) phases.clone();
        bits.or(other.phases);
        return new PhaseSet(bits);
    }

    public boolean contains(int phase) {
        return phases.get(phase);
    }

    public int size() {
        return phases.cardinality();
    }

    public boolean isEmpty() {
        return phases.isEmpty();
    }

    public boolean isAll() {
        return size() == PHASES;
    }

    /** The members, ascending. */
    public int[] members() {
        return phases.stream().toArray();
    }

    /** The members as runs of consecutive phases. */
    public List<PhaseRange> ranges() {
        List<PhaseRange> ranges = new ArrayList<>();
        int from = phases.nextSetBit(0);
        while (from >= 0) {
            int to = phases.nextClearBit(from) - 1;
            ranges.add(new PhaseRange(from, to));
            from = phases.nextSetBit(to + 1);
        }
        return ranges;
    }

    /** {@code 324–642 µs}, {@code any}, {@code none}. */
    public String describe() {
        if (isAll()) {
            return "any";
        }
        if (isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (PhaseRange range : ranges()) {
            parts.add(range.toString());
        }
        return String.join(", ", parts) + " µs";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhaseSet set && set.phases.equals(phases);
    }

    @Override
    public int hashCode() {
        return phases.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Consecutive phases {@code from} to {@code to}, both included. */
    public record PhaseRange(int from, int to) {
        @Override
        public String toString() {
            return from == to ? Integer.toString(from) : from + "–" + to;
        }
    }
}
