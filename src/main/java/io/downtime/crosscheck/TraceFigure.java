package io.downtime.crosscheck;

/** The figures of the trace a reported figure is compared with; docs/report.md defines each. */
public enum TraceFigure {
    /** The guest stopped: src-downtime-start to dst-*-vm-started on the source's clock. */
    BLACKOUT("blackout", "src-downtime-start -> dst-*-vm-started"),
    /** src-downtime-start to src-downtime-end on the source: what QEMU's downtime counter counts. */
    QEMU_DOWNTIME("QEMU's figure", "src-downtime-start -> src-downtime-end"),
    /** The source's setup to its active: contains QEMU's setup-time (which starts after connecting). */
    QEMU_SETUP("QEMU's setup", "source's setup -> active"),
    /** The source's setup to its completed: what QEMU's total-time counts. */
    QEMU_TOTAL("QEMU's total time", "source's setup -> completed");

    private final String label;
    private final String interval;

    TraceFigure(String label, String interval) {
        this.label = label;
        this.interval = interval;
    }

    public String label() {
        return label;
    }

    /** The two moments, as the trace names them. */
    public String interval() {
        return interval;
    }
}
