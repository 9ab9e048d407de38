package io.downtime.clock;

/** The causal relations that bound the clock offset; docs/report.md explains each. */
public enum BoundKind {
    /** The destination finished loading a device's section after the source finished saving it. */
    DEVICE_SECTION("device-section", Side.UPPER),
    /** The destination became active (accepted) after the source entered setup (before connecting). */
    HANDSHAKE("handshake", Side.UPPER),
    /**
     * Postcopy: the destination entered postcopy-active on the LISTEN command of the source's
     * package, which the source sent after saving the device state into it (src-non-iterable-saved).
     */
    POSTCOPY_PACKAGE("postcopy-package", Side.UPPER),
    /** With return-path in precopy, the source's src-downtime-end waits for the destination's guest start. */
    RETURN_PATH("return-path", Side.LOWER),
    /** The source reported the destination's failure ("Sibling indicated error") after the destination failed. */
    DESTINATION_ERROR("destination-error", Side.LOWER),
    /**
     * The destination started the guest after the source stopped it: weaker than any device section's bound,
     * so only a given offset is checked against it (a blackout is never negative).
     */
    GUEST_START("guest-start", Side.UPPER);

    /** Which end of the offset a bound of this kind limits. */
    public enum Side { UPPER, LOWER }

    private final String label;
    private final Side side;

    BoundKind(String label, Side side) {
        this.label = label;
        this.side = side;
    }

    public String label() {
        return label;
    }

    public Side side() {
        return side;
    }
}
