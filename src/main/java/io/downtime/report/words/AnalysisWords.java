package io.downtime.report.words;

import io.downtime.blackout.BlackoutDisagreement;
import io.downtime.analysis.LibvirtMigration;
import io.downtime.analysis.Phase;
import io.downtime.analysis.SwitchoverPause;
import io.downtime.analysis.TimelineNote;
import io.downtime.clock.Estimate;
import io.downtime.run.Durations;

/** The sentences of a migration's analysis: why its timeline leaves events unplaced, who held a paused switchover. */
public final class AnalysisWords {
    private AnalysisWords() {
    }

    /**
     * {@code The guest was stopped at least 401.24 ms longer than QEMU's figure: without return-path QEMU stops counting
     * when the source has sent everything (src-downtime-end); ...}: one sentence, capitalised and ended.
     */
    public static String disagreement(BlackoutDisagreement disagreement) {
        if (disagreement instanceof BlackoutDisagreement.StoppedLonger longer) {
            String cause;
            switch (longer.when()) {
                case AT_POSTCOPY_SWITCH:
                    cause = "in postcopy QEMU stops counting when the source switches to postcopy (src-downtime-end);"
                            + " the destination loaded the device state and started the guest after that";
                    break;
                case AT_DOWNTIME_END:
                    cause = "QEMU stops counting at src-downtime-end; the destination's load, announce and guest start"
                            + " came after that";
                    break;
                default:
                    cause = "without return-path QEMU stops counting when the source has sent everything"
                            + " (src-downtime-end); the destination's load, announce and guest start came after that";
            }
            return "The guest was stopped " + atLeast(longer.stopped()) + Durations.of(longer.byMicros())
                    + " longer than QEMU's figure: " + cause + ".";
        }
        BlackoutDisagreement.QemuCountsLonger qemu = (BlackoutDisagreement.QemuCountsLonger) disagreement;
        return "QEMU's figure is " + atLeast(qemu.stopped()) + Durations.of(qemu.byMicros())
                + " longer than the guest was stopped: with return-path it also counts the time from the"
                + " destination's guest start until the source heard of it (src-downtime-end).";
    }

    private static String atLeast(Estimate stopped) {
        return stopped.exact() ? "" : "at least ";
    }

    /** Why the timeline's entries are unplaced. */
    public static String note(TimelineNote note) {
        if (note instanceof TimelineNote.Untimed untimed) {
            return "no timeline: the " + untimed.host().label() + "'s trace lines carry no timestamps (QEMU ran with"
                    + " -msg timestamp=off), so neither the order of events across the hosts nor the time between them"
                    + " can be known; per-device times still come from each line's downtime= field";
        }
        TimelineNote.Unaligned unaligned = (TimelineNote.Unaligned) note;
        return "the destination's events cannot be placed on the source's clock: the clocks could not be aligned ("
                + ClockWords.summary(unaligned.clock()) + ")";
    }

    /** {@code libvirt held the stopped guest 1.922 ms in pre-switchover (src.log:60 -> src.log:61, new state device) ...}. */
    public static String pause(SwitchoverPause pause) {
        Phase phase = pause.phase();
        String who = pause.libvirt() ? "libvirt" : "the management layer that enabled pause-before-switchover";
        return who + " held the stopped guest " + Durations.of(phase.duration().value().orElse(0))
                + " in pre-switchover (" + phase.from().where() + " -> " + phase.to().where() + ", new state "
                + phase.to().name() + ") before letting QEMU continue: " + (pause.libvirt() ? "libvirt's" : "its")
                + " time, not QEMU's, though both the blackout and QEMU's figure contain it";
    }

    /** The blackout ends at the guest being ready on a destination libvirt started paused: a lower bound. */
    public static String resumedLater(LibvirtMigration.PausedStart paused) {
        var process = paused.destination().process();
        return "libvirt started the destination QEMU paused (-S on the command line of QEMU process " + process.number()
                + " of " + paused.destination().log() + ", from line " + process.firstLine() + "), so "
                + paused.ready().name() + " (" + paused.ready().header().where() + ") marks the guest ready but still"
                + " paused; it ran only after libvirt's cont, which no trace records: the guest was stopped longer"
                + " than the blackout, which is a lower bound of what it saw";
    }
}
