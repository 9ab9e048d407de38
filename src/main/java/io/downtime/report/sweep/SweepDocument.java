package io.downtime.report.sweep;

import io.downtime.strict.SweepResult;

import java.util.List;

/**
 * What one {@code analyzer sweep} prints.
 *
 * @param paths    the paths given
 * @param cases    the cases (directories, pairs, logs) read under them
 * @param lines    the lines read
 * @param rejected the lines rejected (reported on stderr)
 * @param problems paths or cases that could not be used, one sentence each
 * @param roundTrip how source-ack's round trip was chosen
 */
public record SweepDocument(List<String> paths, int cases, long lines, long rejected, List<String> problems,
                            String roundTrip, SweepResult result) {
    public SweepDocument {
        paths = List.copyOf(paths);
        problems = List.copyOf(problems);
    }
}
