package io.downtime.cli;

import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.EvidenceSwitch;
import io.downtime.runset.RunSetOptions;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The clock-alignment options of every command that reads migrations (a pair of logs, or a run
 * set): one choice for all the migrations read.
 */
final class AlignmentArguments {
    @Option(names = "--return-path", defaultValue = "auto", paramLabel = "WHEN",
            description = "Whether src-downtime-end waits for the destination (the return-path capability), for every"
                    + " migration: auto, on or off (default: ${DEFAULT-VALUE}, decided per migration from its trace).")
    EvidenceSwitch returnPath;

    @Option(names = "--handshake", defaultValue = "auto", paramLabel = "WHEN",
            description = "Whether the source QEMU opened the connection itself, so that the destination's active"
                    + " follows the source's setup, for every migration: auto, on or off (default: ${DEFAULT-VALUE}:"
                    + " off for migrations found in libvirt domain logs, as libvirt passes QEMU a connected socket;"
                    + " else used unless the trace contradicts it).")
    EvidenceSwitch handshake;

    /** With the clock offset when the user knows it. */
    AlignmentOptions alignment(OptionalLong clockOffset) {
        return new AlignmentOptions(returnPath, handshake, clockOffset);
    }

    RunSetOptions options(Optional<String> label) {
        return new RunSetOptions(label, alignment(OptionalLong.empty()));
    }
}
