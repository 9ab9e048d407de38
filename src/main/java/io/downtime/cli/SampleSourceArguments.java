package io.downtime.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** The options of the hidden generators (synth-runs, synth-trace): which real samples, which seed. */
final class SampleSourceArguments {
    @Option(names = "--from", required = true, arity = "1..*", paramLabel = "DIR",
            description = "Directories of real cases (e.g. sample-traces), searched at any depth.")
    List<Path> from;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;
}
