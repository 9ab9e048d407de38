package io.downtime.strict;

import java.util.OptionalLong;

/**
 * What the user can set beyond the limits.
 *
 * @param rttMicros the round trip the source-ack policy pays ({@code --rtt}); empty: estimated per run
 */
public record ReplayOptions(OptionalLong rttMicros) {
    public static ReplayOptions defaults() {
        return new ReplayOptions(OptionalLong.empty());
    }
}
