package io.downtime.analysis;

/** What a timeline entry is. */
public enum MilestoneKind {
    /** {@code vmstate_downtime_checkpoint NAME}. */
    CHECKPOINT("checkpoint"),
    /** {@code migrate_set_state new state NAME}. */
    STATE("state");

    private final String label;

    MilestoneKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
