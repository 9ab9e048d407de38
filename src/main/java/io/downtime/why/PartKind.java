package io.downtime.why;

/**
 * The parts the blackout is split into, in the order they happen (docs/why.md defines each). Only
 * {@link #RAM} is in QEMU's estimate: QEMU predicts the downtime from the RAM still pending alone.
 */
public enum PartKind {
    /** {@code src-downtime-start} to {@code src-vm-stopped}: the source stops the vCPUs. */
    STOPPING_VCPUS("stopping_vcpus"),
    /** {@code pre-switchover} to the state that ends it: a management layer (libvirt) holds the stopped guest. */
    MANAGEMENT_HOLD("management_hold"),
    /** To {@code src-iterable-saved}: the source saves the iterable state still dirty (RAM, VFIO data) into the stream. */
    RAM("ram"),
    /** {@code src-iterable-saved} to {@code src-non-iterable-saved}: the source saves the device state. */
    DEVICE_STATE("device_state"),
    /**
     * {@code src-non-iterable-saved} to the destination's first device load: the state in flight, or the
     * destination still reading what came before it.
     */
    WAITING_FOR_DESTINATION("waiting_for_destination"),
    /** The destination's first device load to {@code dst-precopy-loadvm-completed}. */
    DESTINATION_LOADS("destination_loads"),
    /** {@code dst-precopy-loadvm-completed} to {@code dst-*-vm-started}: announce, CPU sync, the guest's start. */
    GUEST_START("guest_start"),
    /** Whatever no part above measures: spans between checkpoints the trace lacks, or that no part names. */
    UNATTRIBUTED("unattributed");

    private final String label;

    PartKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the one part QEMU's prediction counts. */
    public boolean inQemuEstimate() {
        return this == RAM;
    }
}
