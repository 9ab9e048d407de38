package io.downtime.cli;

import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.EvidenceSwitch;
import io.downtime.runset.RunSetOptions;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.OptionalLong;

/** The clock-alignment options of every command that reads a run set: one choice for all its migrations. */
final class AlignmentArguments {
    @Option(names = "--return-path", defaultValue = "auto", paramLabel = "WHEN",
            description = "Whether src-downtime-end waits for the destination, for every migration: auto, on or off"
                    + " (default: ${DEFAULT-VALUE}, decided per migration from its trace).")
    EvidenceSwitch returnPath;

    @Option(names = "--handshake", defaultValue = "auto", paramLabel = "WHEN",
            description = "Whether the source QEMU opened the connection itself, for every migration: auto, on or off"
                    + " (default: ${DEFAULT-VALUE}; off for hosts where libvirt passes QEMU a connected socket).")
    EvidenceSwitch handshake;

    AlignmentOptions alignment() {
        return new AlignmentOptions(returnPath, handshake, OptionalLong.empty());
    }

    RunSetOptions options(Optional<String> label) {
        return new RunSetOptions(label, alignment());
    }
}
