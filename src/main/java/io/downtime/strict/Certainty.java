package io.downtime.strict;

/**
 * Whether something happens for every unknown the replay cannot pin down (the millisecond counters'
 * phases, the clock offset, a blackout known only from below), for some of them, or for none.
 */
public enum Certainty {
    FIRES("fires"),
    MAY_FIRE("may fire"),
    CANNOT_FIRE("cannot fire");

    private final String label;

    Certainty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From whether it can happen and whether it can fail to happen. */
    public static Certainty of(boolean can, boolean canNot) {
        if (can && !canNot) {
            return FIRES;
        }
        return can ? MAY_FIRE : CANNOT_FIRE;
    }

    public boolean possible() {
        return this != CANNOT_FIRE;
    }
}
