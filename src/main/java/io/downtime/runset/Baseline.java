package io.downtime.runset;

import java.util.List;

/**
 * What {@code analyzer baseline} records and {@code analyzer gate --baseline} (and {@code analyzer
 * compare}) read back: the figures of every migration of a run set, with where they came from.
 *
 * @param toolVersion the analyzer version that read the logs
 * @param label       the run set's label
 * @param returnPath  the {@code --return-path} choice the migrations were aligned with
 * @param handshake   the {@code --handshake} choice
 * @param inputs      every log and stderr file read, with its size and SHA-256
 * @param runs        the figures of every migration
 */
public record Baseline(String toolVersion, String label, String returnPath, String handshake, List<Input> inputs,
                       List<RunFigures> runs) {
    public Baseline {
        inputs = List.copyOf(inputs);
        runs = List.copyOf(runs);
    }

    /** One input file as it was when the baseline was made. */
    public record Input(String path, long bytes, String sha256) {
    }
}
