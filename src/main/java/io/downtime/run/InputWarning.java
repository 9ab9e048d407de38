package io.downtime.run;

import io.downtime.model.LineRef;

import java.util.Optional;

/**
 * Something odd but valid in the logs that a figure could silently be wrong about (a clock step,
 * reordered or repeated lines, two processes in one log): said, with the line that shows it and the
 * values it was seen with, instead of being left for the user to find ({@code report.words.InputWarningWords}
 * words each). Warnings do not change the exit code.
 */
public sealed interface InputWarning {

    /** The line that shows it. */
    LineRef where();

    /** The log's last line (at {@code where}) has no line end, which QEMU always writes: the file was cut while written. */
    record CutLastLine(LineRef where) implements InputWarning {
    }

    /**
     * The log's clock goes back {@code backMicros} from line {@code fromLine} to {@code where}, the first line of
     * {@code run}: two hosts' logs joined in one file, it seems.
     */
    record JoinedLogs(LineRef where, long backMicros, long fromLine, RunId run) implements InputWarning {
    }

    /** {@code run} (first line at {@code where}) has the same events as {@code earlier}: the same lines twice. */
    record RepeatedRun(LineRef where, RunId run, RunId earlier) implements InputWarning {
    }

    /**
     * {@code run} was taken as {@code taken} by {@code supporting} lines, and {@code against} lines (the first at
     * {@code where}) point to the other side: two processes' lines mixed in one log.
     */
    record MixedRoles(LineRef where, RunId run, long supporting, long against, Role taken) implements InputWarning {
    }

    /** The clock of the run ({@code host}'s when its role is known) goes back {@code backMicros} from line {@code fromLine}. */
    record ClockBack(LineRef where, Optional<Role> host, long backMicros, long fromLine) implements InputWarning {
    }

    /** The run's clock jumps forward {@code aheadMicros} (more than a day) from line {@code fromLine}. */
    record ClockJump(LineRef where, Optional<Role> host, long aheadMicros, long fromLine) implements InputWarning {
    }

    /** A checkpoint ({@code name} as written) seen again; its first is at line {@code firstLine}. */
    record CheckpointAgain(LineRef where, String name, long firstLine) implements InputWarning {
    }

    /** Checkpoint {@code name} comes after {@code later} (line {@code laterLine}), which QEMU emits after it. */
    record CheckpointOutOfOrder(LineRef where, String name, String later, long laterLine) implements InputWarning {
    }

    /** A device's save or load time QEMU cannot have measured: negative, or more than a day. */
    record ImpossibleDeviceTime(LineRef where, String idstr, long instanceId, long micros) implements InputWarning {
    }

    /**
     * Past the first {@code listed} of a kind in {@code run} ({@code where}: its first line), the {@code unlisted}
     * others counted; {@code host}: whose clock, for the clock's kinds.
     */
    record More(LineRef where, RunId run, Kind kind, Optional<Role> host, int unlisted, int listed)
            implements InputWarning {
    }

    /** The kinds of warning that are listed up to a number, then counted. */
    enum Kind {
        CLOCK_STEPS_BACK, CLOCK_JUMPS, REPEATED_CHECKPOINTS, CHECKPOINTS_OUT_OF_ORDER, IMPOSSIBLE_DEVICE_TIMES
    }
}
