package io.downtime.run;

/** Which side of a migration a run is: the QEMU that sends the guest, or the one that receives it. */
public enum Role {
    SOURCE("source", "src"),
    DESTINATION("destination", "dst");

    private final String label;
    private final String abbreviation;

    Role(String label, String abbreviation) {
        this.label = label;
        this.abbreviation = abbreviation;
    }

    /** {@code source} or {@code destination}. */
    public String label() {
        return label;
    }

    /** {@code src} or {@code dst}, as in checkpoint prefixes. */
    public String abbreviation() {
        return abbreviation;
    }

    public Role counterpart() {
        return this == SOURCE ? DESTINATION : SOURCE;
    }
}
