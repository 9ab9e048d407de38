package io.downtime.strict;

import java.util.List;
import java.util.Optional;

/** The policies, by name. */
public final class Policies {
    public static final RfcPolicy RFC = new RfcPolicy();
    public static final TotalPolicy TOTAL = new TotalPolicy();
    public static final SourceAckPolicy SOURCE_ACK = new SourceAckPolicy();
    private static final List<Policy> ALL = List.of(RFC, TOTAL, SOURCE_ACK);

    private Policies() {
    }

    public static List<Policy> all() {
        return ALL;
    }

    /** {@code rfc}, {@code total}, {@code source-ack}. */
    public static Optional<Policy> named(String name) {
        return ALL.stream().filter(policy -> policy.name().equals(name)).findFirst();
    }
}
