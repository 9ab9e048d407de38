package io.downtime.report.migration;

import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.crosscheck.CrossCheckNote;
import io.downtime.crosscheck.FigureCheck;
import io.downtime.crosscheck.FigureExplanation;
import io.downtime.crosscheck.FigureSource;
import io.downtime.crosscheck.LineSpan;
import io.downtime.crosscheck.MigrationCrossCheck;
import io.downtime.crosscheck.ToolReport;
import io.downtime.crosscheck.TraceGap;
import io.downtime.model.LineRef;
import io.downtime.report.words.AnalysisWords;
import io.downtime.report.words.BlackoutWords;
import io.downtime.run.Durations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cross-checks' sentences, for the text and the JSON report alike: why the reports are compared
 * with a migration, why a trace figure is unknown, what explains a reported figure against the
 * trace's (one sentence with the trace lines that show it), and the notes. docs/cross-checks.md says
 * what each figure measures.
 */
public final class CrossCheckWords {
    private CrossCheckWords() {
    }

    /** {@code with the only migration found}. */
    public static String compared(MigrationCrossCheck checked) {
        int index = checked.migration();
        return switch (checked.choice()) {
            case ONLY_ONE_FOUND -> "with the only migration found";
            case PICKED_WITH_RUN -> "with migration " + index + ", the one --run picked";
            case LAST_COMPLETED -> "with migration " + index + ", the last completed one: virsh domjobinfo --completed"
                    + " and query-migrate describe the latest migration (--run N compares them with another)";
        };
    }

    /** {@code no timestamps}. */
    public static String unknown(TraceGap gap) {
        if (gap instanceof TraceGap.NoBlackout none) {
            return BlackoutWords.unavailable(none.why());
        }
        if (gap instanceof TraceGap.NoQemuDowntime none) {
            return BlackoutWords.qemuDowntime(none.why());
        }
        if (gap instanceof TraceGap.NoSourceRun) {
            return "no source run";
        }
        if (gap instanceof TraceGap.NoTimestamps) {
            return "no timestamps";
        }
        if (gap instanceof TraceGap.SourceDidNotComplete ended) {
            return "the source run " + ended.status().label() + ", it did not complete";
        }
        TraceGap.StatesMissing missing = (TraceGap.StatesMissing) gap;
        return "no " + missing.from() + " or " + missing.to() + " state on the source";
    }

    /** The sentence that explains where the check's figure stands against the trace's, when it has one. */
    public static Optional<String> explanation(FigureCheck check) {
        return check.explanation().map(explanation -> sentence(check, explanation));
    }

    /** {@code src.json says the migration is failed, but the traced source run completed (src.log:52): ...}. */
    public static String note(CrossCheckNote note) {
        if (note instanceof CrossCheckNote.StatusContradicted status) {
            return status.report().origin() + " says the migration is " + status.reported()
                    + ", but the traced source run " + status.traced().label() + " ("
                    + status.lastState().map(LineRef::toString).orElse("")
                    + "): the report is of another migration than the one traced";
        }
        return notCompared(note.report());
    }

    private static String notCompared(ToolReport report) {
        List<String> parts = new ArrayList<>();
        report.expectedDowntimeMs().ifPresent(ms -> parts.add("expected downtime " + ms
                + " ms (QEMU's estimate before switchover, not a measurement)"));
        report.downtimeBytes().ifPresent(size -> parts.add("RAM sent while the guest was stopped "
                + (size.isExact() ? size.bytes() + " bytes" : "at least " + size.bytes() + " bytes, in whole KiB")
                + " (the trace counts no bytes)"));
        return report.origin() + " also reports " + String.join(" and ", parts) + ": not compared";
    }

    private static String sentence(FigureCheck check, FigureExplanation explanation) {
        ToolReport report = check.report();
        long ms = check.reportedMs();
        // The trace figures a report is set against are exact (QEMU's figure, setup, total), so is the difference.
        long traced = check.trace().orElseThrow().value().orElseThrow();
        long difference = ms * 1000 - traced;
        String named = (report.source() == FigureSource.VIRSH_DOMJOBINFO ? "libvirt's " : "QEMU's ")
                + check.name() + ", " + ms + " ms (" + origin(report) + "),";
        if (explanation instanceof FigureExplanation.LibvirtStartsAfterTheStop stop) {
            return named + " is " + more(difference)
                    + " QEMU's figure (" + Durations.of(traced) + "): libvirt starts timing only once it has handled"
                    + " QEMU's STOP event, after src-vm-stopped" + line(stop.sourceStopped()) + ", and the value it"
                    + " shows is taken by the destination's daemon against the source's stop time, so a difference of"
                    + " the hosts' clocks enters it (its Downtime w/o network removes libvirt's estimate of that).";
        }
        if (explanation instanceof FigureExplanation.LibvirtTimesItsSwitchover switchover) {
            return libvirtSwitchover(named, difference, traced, switchover);
        }
        if (explanation instanceof FigureExplanation.DowntimeLessTheNetwork network) {
            return named + " is its Total downtime less the time"
                    + " libvirt measured between the two daemons (the network and any difference of the hosts' clocks"
                    + network.totalDowntimeMs().stream().mapToObj(total -> ": " + total + " - " + ms + " = "
                    + (total - ms) + " ms here").findFirst().orElse("") + "), so it is " + more(difference)
                    + " QEMU's figure (" + Durations.of(traced) + ") for the same reasons as the Total downtime.";
        }
        if (explanation instanceof FigureExplanation.ElapsedLessTheNetwork) {
            return named + " is its Time elapsed less the time libvirt"
                    + " measured between the two daemons, so it is " + more(difference) + " QEMU's total time ("
                    + Durations.of(traced) + ") for the same reasons as the Time elapsed.";
        }
        if (explanation instanceof FigureExplanation.SetupLongerThanTraced setup) {
            return named + " is longer than the trace's setup -> active"
                    + " on the source (" + Durations.of(traced) + ", " + span(setup.setup()) + "), which contains all"
                    + " of QEMU's setup-time (it starts once connected and ends at active): the report is of another"
                    + " migration than the one traced.";
        }
        if (explanation instanceof FigureExplanation.QemuDowntimeNotTraced) {
            return named + " is not QEMU's figure from the trace ("
                    + Durations.of(traced) + ") to the millisecond, though QEMU's counter runs exactly from"
                    + " src-downtime-start to src-downtime-end: the report is of another migration than the one traced.";
        }
        if (explanation instanceof FigureExplanation.QemuTotalNotTraced total) {
            return named + " is not the trace's setup -> completed on the"
                    + " source (" + Durations.of(traced) + ", " + span(total.total()) + ") to the millisecond, though"
                    + " QEMU's total-time counts just that: the report is of another migration than the one traced.";
        }
        if (explanation instanceof FigureExplanation.LibvirtJobShorterThanQemu job) {
            return named + " is " + more(difference) + " QEMU's own"
                    + " migration (" + Durations.of(traced) + ", " + span(job.qemu()) + "), which libvirt's job"
                    + " contains: the report is of another migration than the one traced.";
        }
        if (explanation instanceof FigureExplanation.LibvirtJobAroundQemu job) {
            return named + " is the duration of libvirt's whole migration"
                    + " job on that host, of which QEMU's migration (" + span(job.qemu()) + ") took "
                    + Durations.of(traced) + "; the rest is libvirt's own work before and after it"
                    + job.prepared().map(prepared -> ", such as starting the destination QEMU (" + prepared.qemuStarted()
                    + "), " + Durations.of(prepared.micros()) + " before it entered setup (" + prepared.setup() + ")")
                    .orElse("") + ".";
        }
        if (explanation instanceof FigureExplanation.AgreesButNotTheBlackout blackout) {
            return "QEMU's downtime, " + ms + " ms ("
                    + origin(report) + "), is QEMU's figure (" + Durations.of(traced) + ") to the millisecond and"
                    + " differs from the blackout as that figure does: "
                    + lowerFirst(AnalysisWords.disagreement(blackout.blackoutExplanation()));
        }
        throw new IllegalArgumentException("no sentence for " + explanation);
    }

    private static String lowerFirst(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String libvirtSwitchover(String named, long difference, long traced,
                                            FigureExplanation.LibvirtTimesItsSwitchover switchover) {
        StringBuilder sentence = new StringBuilder(named).append(" is ").append(more(difference))
                .append(" QEMU's figure (").append(Durations.of(traced)).append(')');
        switchover.beyondBlackout().ifPresent(beyond -> sentence.append(" and ").append(more(beyond))
                .append(" the blackout"));
        sentence.append(": libvirt times it on libvirtd's clock, from its handling of QEMU's STOP event to the end"
                        + " of its own switchover work after QEMU's completed")
                .append(line(switchover.qemuCompleted()))
                .append(", so it adds libvirt's event handling, its statistics query and the messages between the"
                        + " two daemons, none of which a QEMU trace records; QEMU's figure ends at src-downtime-end")
                .append(line(switchover.downtimeEnd()));
        switchover.guestStarted().ifPresent(started -> sentence.append(" and the blackout when the destination's guest"
                + " was ").append(started.resumedByLibvirt() ? "ready" : "started").append(" (")
                .append(started.where()).append(')'));
        switchover.preSwitchoverHold().ifPresent(held -> sentence.append(", both already containing libvirt's ")
                .append(Durations.of(held)).append(" hold in pre-switchover"));
        return sentence.append('.').toString();
    }

    /** {@code src-domjobinfo.txt, outgoing}. */
    static String origin(ToolReport report) {
        return report.origin() + report.direction().map(direction -> ", " + direction.name().toLowerCase(Locale.ROOT))
                .orElse("");
    }

    private static String line(Optional<LineRef> where) {
        return where.map(line -> " (" + line + ")").orElse("");
    }

    private static String span(LineSpan span) {
        return span.from() + " -> " + span.to();
    }

    /** {@code 12.143 ms more than}, {@code 1 ms less than}. */
    private static String more(long difference) {
        return Durations.of(Math.abs(difference)) + (difference >= 0 ? " more than" : " less than");
    }

    /** {@code 12.143 to 21.267 ms more than}, for a difference known within bounds. */
    private static String more(Estimate difference) {
        Interval bounds = difference.bounds();
        if (bounds.exact()) {
            return more(bounds.low().getAsLong());
        }
        if (bounds.boundedBelow() && bounds.low().getAsLong() >= 0) {
            return bounds.boundedAbove()
                    ? Durations.of(bounds.low().getAsLong()) + " to " + Durations.of(bounds.high().getAsLong()) + " more than"
                    : "at least " + Durations.of(bounds.low().getAsLong()) + " more than";
        }
        if (bounds.boundedAbove() && bounds.high().getAsLong() <= 0) {
            return bounds.boundedBelow()
                    ? Durations.of(-bounds.high().getAsLong()) + " to " + Durations.of(-bounds.low().getAsLong()) + " less than"
                    : "at least " + Durations.of(-bounds.high().getAsLong()) + " less than";
        }
        return "within the uncertainty of";
    }
}
