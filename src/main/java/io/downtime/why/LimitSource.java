package io.downtime.why;

/** Where the {@code downtime-limit} the prediction is judged against came from. */
public enum LimitSource {
    /** The user said it: {@code --downtime-limit}. */
    OPTION("option"),
    /** QEMU's own parameters, from a {@code query-migrate-parameters} reply or {@code info migrate_parameters}. */
    QEMU_PARAMETERS("qemu-parameters"),
    /**
     * A libvirt debug log (libvirtd's or virtqemud's, not the domain log): the {@code migrate-set-parameters}
     * command libvirt sent to QEMU, or QEMU's {@code query-migrate-parameters} reply libvirt logged.
     */
    LIBVIRT_LOG("libvirt-log"),
    /**
     * The QEMU command line a libvirt domain log holds: {@code -global migration.x-downtime-limit=N}. Not read
     * yet (no real log holds it; docs/why.md): nothing produces this source.
     */
    COMMAND_LINE("command-line"),
    /** Derived from the trace: QEMU's threshold divided by the bandwidth it was computed from. */
    THRESHOLD("trace-threshold");

    private final String label;

    LimitSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
