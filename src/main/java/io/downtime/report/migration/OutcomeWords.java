package io.downtime.report.migration;

import io.downtime.report.Figures;
import io.downtime.report.MessageText;
import io.downtime.blackout.Blackout;
import io.downtime.clock.Interval;
import io.downtime.model.Checkpoint;
import io.downtime.model.DestinationAbort;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.TraceEvent;
import io.downtime.outcome.Cause;
import io.downtime.outcome.EndedIn;
import io.downtime.outcome.GuestStopped;
import io.downtime.outcome.MigrationOutcome;
import io.downtime.outcome.MigrationResult;
import io.downtime.outcome.OutcomeKind;
import io.downtime.outcome.SourceCancel;
import io.downtime.outcome.UnfinishedRun;
import io.downtime.report.words.BlackoutWords;
import io.downtime.run.Durations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A migration's {@link MigrationOutcome} in words, once for every format: the text report's
 * {@code outcome} line, JSON's {@code outcome.cause} and {@code outcome.sentence}, the HTML page, and
 * the run-set listings. docs/postmortem.md defines every value.
 */
public final class OutcomeWords {
    private OutcomeWords() {
    }

    /**
     * The one line: {@code failed in precopy: the guest was never stopped: the migration failed 3.3 s into
     * precopy; cause: Unable to write to socket: ... (src.stderr:2); the destination's log ends ...}.
     */
    public static String line(MigrationOutcome outcome, Blackout blackout) {
        return line(outcome, blackout, "");
    }

    /** The same line with {@code afterGuest} right after what happened to the guest (the report's answer adds QEMU's figure there). */
    static String line(MigrationOutcome outcome, Blackout blackout, String afterGuest) {
        StringBuilder line = new StringBuilder(head(outcome));
        line.append(": ").append(guest(outcome, blackout)).append(afterGuest);
        outcome.cause().ifPresent(cause -> line.append("; cause: ").append(cause(cause, true)));
        for (UnfinishedRun run : outcome.unfinished()) {
            line.append("; ").append(unfinished(run));
        }
        if (outcome.result() == MigrationResult.UNKNOWN && outcome.unfinished().isEmpty()) {
            line.append("; neither run reached an end the logs show");
        }
        return line.toString();
    }

    /** {@code completed}, {@code cancelled in precopy}, {@code aborted by strict mode at switchover}. */
    public static String head(MigrationOutcome outcome) {
        return head(outcome.kind());
    }

    public static String head(OutcomeKind outcome) {
        String result = result(outcome.result());
        return outcome.endedIn().map(phase -> result + " " + where(phase)).orElse(result);
    }

    /** The result in prose: {@code aborted by strict mode} for {@code aborted-by-strict-mode}. */
    public static String result(MigrationResult result) {
        return result.label().replace('-', ' ');
    }

    /** JSON's {@code outcome.cause}: QEMU's own message as it printed it, else what the trace shows. */
    public static Optional<String> cause(MigrationOutcome outcome) {
        return outcome.cause().map(cause -> cause(cause, false));
    }

    /** {@code in setup}, {@code in precopy}, {@code at switchover}, {@code in postcopy}. */
    public static String where(EndedIn phase) {
        return phase == EndedIn.SWITCHOVER ? "at switchover" : "in " + phase.label();
    }

    /** What happened to the guest, with the durations the trace gives. */
    public static String guest(MigrationOutcome outcome, Blackout blackout) {
        switch (outcome.guestStopped()) {
            case NEVER:
                return "the guest was never stopped: the migration " + verb(outcome.result())
                        + outcome.endedIn().map(phase -> into(outcome.intoPhase(), phase)).orElse("");
            case RESUMED_ON_SOURCE:
                return "the guest was stopped" + outcome.stoppedOnSource().map(i -> " " + stopped(i)).orElse("")
                        + ", then QEMU resumed it on the source";
            case MOVED_TO_DESTINATION:
                return "the guest moved to the destination, stopped " + blackout.guestStopped().map(ReportFacts::duration)
                        .orElse("for a time the trace cannot give (" + blackout.unavailable().map(BlackoutWords::unavailable).orElse("unknown") + ")");
            case LOST:
                return "the guest was lost: postcopy failed after the guest started on the destination, whose RAM was"
                        + " still partly on the source";
            default:
                return "what became of the guest is unknown";
        }
    }

    /** {@code 5.575 to 8.424 ms}, {@code at least 2.810 ms}. */
    public static String stopped(Interval interval) {
        if (interval.bounded()) {
            return Durations.ms(interval.low().getAsLong()) + " to " + Durations.ms(interval.high().getAsLong()) + " ms";
        }
        return "at least " + Durations.ms(interval.low().getAsLong()) + " ms";
    }

    /** {@code  1.0 s into precopy}, or {@code  in precopy} when the time is unknown. */
    private static String into(OptionalLong micros, EndedIn phase) {
        String name = phase == EndedIn.SWITCHOVER ? "the downtime" : phase.label();
        if (micros.isEmpty()) {
            return " in " + name;
        }
        String time = phase == EndedIn.SWITCHOVER ? Durations.ms(micros.getAsLong()) + " ms" : Durations.seconds(micros.getAsLong()) + " s";
        return " " + time + " into " + name;
    }

    private static String verb(MigrationResult result) {
        switch (result) {
            case CANCELLED:
                return "was cancelled";
            case ABORTED_BY_STRICT_MODE:
                return "was aborted by strict mode";
            case FAILED:
                return "failed";
            default:
                return "ended";
        }
    }

    /** The cause in words; {@code withLines} adds the lines that show it (the text line), JSON lists them apart. */
    public static String cause(Cause cause, boolean withLines) {
        if (cause instanceof Cause.QemuError error) {
            return MessageText.of(error.message()) + lines(withLines, error.message());
        }
        if (cause instanceof Cause.Cancel cancel) {
            return cancel(cancel.cancel(), withLines);
        }
        if (cause instanceof Cause.DestinationAbortEvent abort) {
            return destinationAbort(abort, withLines);
        }
        if (cause instanceof Cause.DestinationNeverStarted never) {
            return "the source completed" + lines(withLines, never.sourceCompleted()) + ", but the destination's log"
                    + " never shows the guest started: its QEMU was killed while loading (a source without return-path"
                    + " completes once it has sent everything), or its log was cut";
        }
        Cause.FailedState failed = (Cause.FailedState) cause;
        return "the " + failed.host().label() + " failed" + lines(withLines, failed.failed())
                + "; none of its messages are among the inputs (QEMU's stderr, beside its log as NAME.stderr, says why)";
    }

    private static String cancel(SourceCancel cancel, boolean withLines) {
        String at = lines(withLines, cancel.cancelling());
        String check = cancel.lastCheck().map(site -> "the check that follows its " + site(site) + lines(withLines, site))
                .orElse("");
        switch (cancel.origin()) {
            case STRICT_ABORT_MESSAGE:
                return MessageText.of(cancel.message().get()) + lines(withLines, cancel.message().get())
                        + ": the source's strict-mode abort" + (check.isEmpty() ? "" : ", after " + check);
            case STRICT_ABORT_THREAD:
                return "the source's strict-mode abort: its migration thread (thread " + cancel.thread().getAsLong()
                        + ", which entered active) entered cancelling" + at + " right after " + check
                        + ", where a user's migrate_cancel comes from the main thread (thread "
                        + cancel.mainThread().getAsLong() + ", which entered setup)";
            case MAIN_THREAD:
                return "cancelled from QEMU's main thread (thread " + cancel.thread().getAsLong()
                        + ", which entered setup)" + at + ": a migrate_cancel, by a user or a management tool, or QEMU"
                        + " shutting down";
            case OUTSIDE_DOWNTIME:
                return "cancelled" + at + " outside the downtime, where the strict-mode abort never checks: a"
                        + " migrate_cancel, by a user or a management tool, or QEMU shutting down";
            default:
                String why = cancel.thread().isEmpty()
                        ? "its lines carry no thread ids"
                        : "thread " + cancel.thread().getAsLong() + " entered it, "
                          + (cancel.lastCheck().isEmpty() ? "not right after a check" : "neither the main thread nor the migration thread");
                return "cancelled during the downtime" + at + (check.isEmpty() ? "" : ", right after " + check)
                        + ": by a user's migrate_cancel or by the strict-mode abort, the trace cannot tell (" + why + ")";
        }
    }

    private static String destinationAbort(Cause.DestinationAbortEvent abort, boolean withLines) {
        DestinationAbort event = abort.abort();
        String after = abort.lastLoad().map(load -> " after its " + site(load) + lines(withLines, load)).orElse("");
        return "the destination's strict-mode check failed the load" + after + ": destination downtime="
                + event.destinationDowntimeMs() + " ms + source downtime=" + event.sourceDowntimeMs()
                + " ms reached the abort limit of " + event.abortLimitMs() + " ms (qemu_loadvm_downtime_abort"
                + (withLines ? ", " + event.header().where() : "") + ")";
    }

    /** {@code the destination's run never ended (its last migration event at dst.log:4): ...}. */
    public static String unfinished(UnfinishedRun run) {
        return "the " + run.host().label() + "'s run never completed, failed or was cancelled (its last migration event"
                + " at " + run.lastEvent() + "): its QEMU was killed or crashed, or its log was cut";
    }

    /** {@code save of 0000:00:03.0/e1000e 0}, {@code load of cpu_common 0}, {@code src-vm-stopped}. */
    private static String site(TraceEvent event) {
        if (event instanceof DeviceDowntime device) {
            return device.operation().name().toLowerCase(Locale.ROOT) + " of " + device.idstr() + " " + device.instanceId();
        }
        return event instanceof Checkpoint checkpoint ? checkpoint.name() : event.kind().label();
    }

    private static String lines(boolean withLines, TraceEvent event) {
        return withLines ? " (" + event.header().where() + ")" : "";
    }

    /** Beyond this many migrations the summary counts them by result instead of naming each. */
    public static final int SUMMARY_ONE_BY_ONE = 10;

    /**
     * The outcomes of several migrations in one line: {@code attempt 1 cancelled after 1.0 s of precopy; ...}, or,
     * beyond {@link #SUMMARY_ONE_BY_ONE} of them, {@code 64001 migrations: 1 completed, 64000 unknown}.
     */
    public static String summary(List<MigrationOutcome> outcomes, List<Blackout> blackouts, String noun) {
        if (outcomes.size() > SUMMARY_ONE_BY_ONE) {
            java.util.Map<MigrationResult, Long> counts = new java.util.EnumMap<>(MigrationResult.class);
            outcomes.forEach(outcome -> counts.merge(outcome.result(), 1L, Long::sum));
            List<String> parts = new ArrayList<>();
            counts.forEach((result, count) -> parts.add(count + " " + result(result)));
            return outcomes.size() + " " + noun + "s: " + String.join(", ", parts);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            MigrationOutcome outcome = outcomes.get(i);
            StringBuilder part = new StringBuilder(noun + " " + (i + 1) + " " + result(outcome.result()));
            if (outcome.completed()) {
                blackouts.get(i).guestStopped().ifPresent(stopped -> part.append(", guest stopped ")
                        .append(Figures.ms(stopped)).append(" ms"));
            } else {
                EndedIn phase = outcome.endedIn().orElseThrow();
                if (outcome.intoPhase().isPresent()) {
                    long micros = outcome.intoPhase().getAsLong();
                    part.append(" after ").append(phase == EndedIn.SWITCHOVER ? Durations.ms(micros) + " ms of the downtime"
                            : Durations.seconds(micros) + " s of " + phase.label());
                } else {
                    part.append(" ").append(where(phase));
                }
                if (outcome.guestStopped() == GuestStopped.RESUMED_ON_SOURCE) {
                    part.append(", guest resumed on the source");
                } else if (outcome.guestStopped() == GuestStopped.LOST) {
                    part.append(", guest lost");
                }
            }
            parts.add(part.toString());
        }
        return String.join("; ", parts);
    }
}
