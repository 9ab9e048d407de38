package io.downtime.report.words;

import io.downtime.run.Durations;
import io.downtime.run.InputWarning;
import io.downtime.run.Role;

import java.util.Optional;

/**
 * The sentences of the logs' warnings ({@code run/InputWarning}): what was seen, and what it means for the figures.
 * The line is not part of the sentence: each format places {@code where()} itself.
 */
public final class InputWarningWords {
    private InputWarningWords() {
    }

    /** {@code the source's clock goes back 1.082 ms from line 3: a clock step, or lines out of order; ...}. */
    public static String warning(InputWarning warning) {
        if (warning instanceof InputWarning.CutLastLine) {
            return "the log's last line has no line end, which QEMU always writes: the file was cut while being written"
                    + " (a full disk, a copy taken mid-write), and this line's values may be cut short";
        }
        if (warning instanceof InputWarning.JoinedLogs joined) {
            return "the clock goes back " + Durations.of(joined.backMicros()) + " from line " + joined.fromLine()
                    + " where " + joined.run() + " begins: are two hosts' logs joined in one file? Runs of one log are"
                    + " never paired with each other; give each host's log on its own";
        }
        if (warning instanceof InputWarning.RepeatedRun repeated) {
            return repeated.run() + " repeats " + repeated.earlier() + " event for event (the same lines twice): it is"
                    + " reported as a migration of its own, but it is the same one";
        }
        if (warning instanceof InputWarning.MixedRoles mixed) {
            return mixed.run() + " holds both source and destination events (" + mixed.supporting() + " lines point to"
                    + " the " + mixed.taken().label() + ", " + mixed.against() + " to the "
                    + mixed.taken().counterpart().label() + "): the lines of two QEMU processes seem mixed in one log;"
                    + " its figures mix both hosts. Give each host's log on its own";
        }
        if (warning instanceof InputWarning.ClockBack back) {
            return clock(back.host()) + " goes back " + Durations.of(back.backMicros()) + " from line " + back.fromLine()
                    + ": a clock step, or lines out of order; durations that span this line are off by as much";
        }
        if (warning instanceof InputWarning.ClockJump jump) {
            return clock(jump.host()) + " jumps forward " + Durations.of(jump.aheadMicros()) + " from line "
                    + jump.fromLine() + ", more than a day between two lines of one migration: a clock step, or lines"
                    + " out of order; durations that span this line are as long only if the migration really paused"
                    + " that long";
        }
        if (warning instanceof InputWarning.CheckpointAgain again) {
            return again.name() + " again (first at line " + again.firstLine() + "): the figures use the first";
        }
        if (warning instanceof InputWarning.CheckpointOutOfOrder order) {
            return order.name() + " comes after " + order.later() + " (line " + order.laterLine() + "), which QEMU emits"
                    + " after it: the log's lines are out of order; phases between them may be negative";
        }
        if (warning instanceof InputWarning.ImpossibleDeviceTime device) {
            return device.idstr() + " instance " + device.instanceId() + ": downtime=" + device.micros() + " µs "
                    + (device.micros() < 0 ? "is negative" : "is more than a day") + ", which QEMU cannot have"
                    + " measured; this device's figures and the sums holding it are wrong";
        }
        InputWarning.More more = (InputWarning.More) warning;
        return more.unlisted() + " more " + kind(more.kind(), more.host()) + " in " + more.run() + " (only the first "
                + more.listed() + " are listed)";
    }

    private static String kind(InputWarning.Kind kind, Optional<Role> host) {
        switch (kind) {
            case CLOCK_STEPS_BACK:
                return "steps back of " + clock(host);
            case CLOCK_JUMPS:
                return "jumps forward of " + clock(host);
            case REPEATED_CHECKPOINTS:
                return "repeated checkpoints";
            case CHECKPOINTS_OUT_OF_ORDER:
                return "checkpoints out of order";
            default:
                return "impossible device times";
        }
    }

    private static String clock(Optional<Role> host) {
        return host.map(role -> "the " + role.label() + "'s clock").orElse("the clock");
    }
}
