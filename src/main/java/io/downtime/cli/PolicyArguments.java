package io.downtime.cli;

import io.downtime.strict.Policy;
import io.downtime.strict.ReplayOptions;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.OptionalLong;

/** Which strict-mode policies {@code replay} and {@code sweep} replay, and the round trip source-ack pays. */
final class PolicyArguments {
    @Option(names = "--policy", defaultValue = "all", paramLabel = "POLICY", converter = PolicyChoiceConverter.class,
            description = "rfc, total, source-ack or all (default: ${DEFAULT-VALUE}).")
    PolicyChoice policy;

    @Option(names = "--rtt", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The round trip source-ack pays (400us, 1ms); default: estimated per run from the clock alignment.")
    Long rtt;

    List<Policy> policies() {
        return policy.policies();
    }

    ReplayOptions options() {
        return new ReplayOptions(rtt == null ? OptionalLong.empty() : OptionalLong.of(rtt));
    }
}
