package io.downtime.model;

/** QEMU's two kinds of migration section, as the trace's {@code type=} names them. */
public enum SectionType {
    /** RAM, VFIO data: END sections of iterable state. */
    ITERABLE("iterable"),
    /** Device state: FULL sections. */
    NON_ITERABLE("non-iterable");

    private final String traceName;

    SectionType(String traceName) {
        this.traceName = traceName;
    }

    public String traceName() {
        return traceName;
    }
}
