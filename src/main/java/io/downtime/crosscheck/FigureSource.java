package io.downtime.crosscheck;

/** Which tool reported a set of figures. */
public enum FigureSource {
    /** {@code virsh domjobinfo DOMAIN --completed}: libvirt's own measurements, in milliseconds. */
    VIRSH_DOMJOBINFO("virsh domjobinfo"),
    /** QMP {@code query-migrate}: QEMU's migration statistics, as JSON. */
    QMP_QUERY_MIGRATE("QMP query-migrate"),
    /** HMP {@code info migrate}: the same statistics as text, in the QEMU 10.0 or the 10.1 layout. */
    HMP_INFO_MIGRATE("HMP info migrate");

    private final String label;

    FigureSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
