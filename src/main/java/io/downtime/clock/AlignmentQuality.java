package io.downtime.clock;

/** How well the two hosts' clocks could be aligned. */
public enum AlignmentQuality {
    /** The offset is bounded on both sides by causal evidence. */
    TWO_SIDED("two-sided"),
    /** Only one side is bounded: figures become "at least" (or "at most"). */
    ONE_SIDED("one-sided"),
    /** Nothing links the two clocks (no timestamps, one host only, no shared event). */
    NONE("none"),
    /** The evidence contradicts itself: some assumption behind it does not hold for this run. */
    INCONSISTENT("inconsistent"),
    /** The user gave the offset ({@code --clock-offset}). */
    GIVEN("given");

    private final String label;

    AlignmentQuality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
