package io.downtime.strict;

/**
 * A policy's verdict on one run, judged against the blackout the run would have had had the policy
 * not fired, and the limit the policy promises (docs/strict-mode.md, "Classes").
 */
public enum VerdictClass {
    /** It fired, and the guest would have been stopped longer than the limit. */
    FIRED_RIGHTLY("fired rightly"),
    /** It fired, yet the run would have met its limit. */
    FIRED_NEEDLESSLY("fired needlessly"),
    /**
     * It fired after the guest started on the destination (postcopy): the source's copy is stale, so
     * aborting would lose the guest, whatever the limit.
     */
    LOSES_GUEST("would lose the guest"),
    /** The guest was stopped longer than the limit and nothing fired. */
    MISSED_VIOLATION("missed a violation"),
    /** Nothing fired and the run met its limit. */
    RIGHTLY_SILENT("rightly silent");

    private final String label;

    VerdictClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static VerdictClass of(boolean fired, boolean violated) {
        if (fired) {
            return violated ? FIRED_RIGHTLY : FIRED_NEEDLESSLY;
        }
        return violated ? MISSED_VIOLATION : RIGHTLY_SILENT;
    }
}
