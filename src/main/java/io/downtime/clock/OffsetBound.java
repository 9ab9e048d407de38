package io.downtime.clock;

import io.downtime.run.Durations;

/**
 * One bound on {@code offset = destination clock - source clock}: {@code later.time - earlier.time}
 * where {@code earlier} certainly happened before {@code later}. An upper bound when the later event
 * is the destination's, a lower bound when it is the source's.
 *
 * @param micros the bound: {@code offset < micros} (upper) or {@code offset > micros} (lower)
 * @param source the source's event of the two
 * @param destination the destination's event of the two
 */
public record OffsetBound(BoundKind kind, long micros, EventRef source, EventRef destination) {

    public BoundKind.Side side() {
        return kind.side();
    }

    /** {@code dst - src < +1.907 ms: the destination became active (dst.log:2) after ...}. */
    public String sentence() {
        String relation = side() == BoundKind.Side.UPPER ? " < " : " > ";
        return "dst - src" + relation + Durations.signed(micros) + ": " + reason();
    }

    private String reason() {
        switch (kind) {
            case DEVICE_SECTION:
                return "the destination finished loading " + destination.what() + " (" + destination.where()
                        + ") after the source finished saving it (" + source.where() + ")";
            case HANDSHAKE:
                return "the destination became active, accepting the connection (" + destination.where()
                        + "), after the source entered setup, before connecting (" + source.where() + ")";
            case POSTCOPY_PACKAGE:
                return "the destination entered postcopy-active (" + destination.where() + ") on the LISTEN command"
                        + " of the source's postcopy package, sent after " + source.what() + " (" + source.where() + ")";
            case RETURN_PATH:
                return "the source's " + source.what() + " (" + source.where() + ") waited for the destination's "
                        + destination.what() + " (" + destination.where() + ") over the return path";
            case GUEST_START:
                return "the destination started the guest (" + destination.where() + ") after the source stopped it ("
                        + source.where() + ")";
            default:
                return "the source reported the destination's error, " + source.what() + " (" + source.where()
                        + "), after the destination failed (" + destination.where() + ")";
        }
    }
}
