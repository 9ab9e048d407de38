package io.downtime.report.migration;

import io.downtime.report.DisplayNames;
import io.downtime.report.Figures;
import io.downtime.blackout.Blackout;
import io.downtime.analysis.LibvirtMigration;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.MilestoneKind;
import io.downtime.analysis.Timeline;
import io.downtime.analysis.TimelineEntry;
import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.outcome.GuestStopped;
import io.downtime.report.words.AnalysisWords;
import io.downtime.report.words.BlackoutWords;
import io.downtime.report.words.ClockWords;
import io.downtime.report.words.PairingWords;
import io.downtime.report.words.RoleWords;
import io.downtime.run.Durations;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The labelled facts {@code analyzer report} states about a migration (its runs, the clock
 * alignment, the blackout), worded once for the text report and the HTML page, so both say the
 * same thing with the same numbers.
 */
public final class ReportFacts {
    public static final String CLOCK_HEADING = "Clock alignment (offset = destination clock - source clock)";

    /**
     * @param fullNames true when the value names inputs in full on purpose (the runs, named once);
     *                  otherwise a renderer may shorten input names in it
     */
    public record Fact(String label, String value, boolean fullNames) {
        public Fact(String label, String value) {
            this(label, value, false);
        }
    }

    private ReportFacts() {
    }

    /** {@code Migration 1 of 2: precopy with multifd, source completed, destination completed}. */
    public static String title(MigrationPair pair, int count, boolean multifd) {
        return "Migration " + pair.index() + (count > 1 ? " of " + count : "") + ": "
                + pair.mode().label() + (multifd ? " with multifd" : "") + ", " + outcome(pair);
    }

    /**
     * The outcomes of the migrations reported, in one line, when there are several: {@code attempt 1 cancelled
     * after 1.0 s of precopy; attempt 2 completed, guest stopped ...}. They are attempts when one source log
     * sent them all (a source that retried), migrations otherwise.
     */
    public static Optional<String> summary(List<MigrationAnalysis> analyses) {
        if (analyses.size() < 2) {
            return Optional.empty();
        }
        List<String> sources = analyses.stream().map(a -> a.migration().pair().source().map(run -> run.id().input())
                .orElse("")).distinct().toList();
        boolean oneSource = sources.size() == 1 && !sources.get(0).isEmpty();
        String noun = oneSource || attemptLogs(sources) ? "attempt" : "migration";
        return Optional.of(OutcomeWords.summary(analyses.stream().map(MigrationAnalysis::outcome).toList(),
                analyses.stream().map(MigrationAnalysis::blackout).toList(), noun));
    }

    /** The source logs of one case directory's attempts: {@code src.log}, {@code src-2.log}, ... beside each other. */
    private static boolean attemptLogs(List<String> sources) {
        if (sources.stream().anyMatch(String::isEmpty)) {
            return false;
        }
        List<Path> paths = sources.stream().map(Path::of).toList();
        Path directory = paths.get(0).getParent();
        return paths.stream().allMatch(path -> java.util.Objects.equals(path.getParent(), directory)
                && path.getFileName().toString().matches("src(-[0-9]+)?\\.log(\\.gz)?"));
    }

    /** {@code source completed, destination failed}. */
    public static String outcome(MigrationPair pair) {
        List<String> parts = new ArrayList<>();
        pair.source().ifPresent(run -> parts.add("source " + run.status().label()));
        pair.destination().ifPresent(run -> parts.add("destination " + run.status().label()));
        return String.join(", ", parts);
    }

    /** {@code src.log run 2}, or {@code -} for a side without a run. */
    public static String runName(Optional<Run> run, DisplayNames names) {
        return run.map(r -> names.of(r.id().input()) + " run " + r.id().index()).orElse("-");
    }

    /** How the two runs were matched, in a word or two: {@code only pair}, {@code by time}. */
    public static String pairedBy(MigrationPair pair) {
        return pair.basis().label();
    }

    /** The outcome, which runs, how paired, why each has its role, which checkpoints it never reached. */
    public static List<Fact> runs(MigrationAnalysis analysis) {
        MigrationPair pair = analysis.migration().pair();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("outcome", OutcomeWords.line(analysis.outcome(), analysis.blackout())));
        PredictionWords.prediction(analysis).ifPresent(words -> facts.add(new Fact("prediction", words)));
        PartWords.parts(analysis).ifPresent(words -> facts.add(new Fact("went to", words)));
        PredictionWords.limit(analysis).ifPresent(words -> facts.add(new Fact("limit", words)));
        facts.addAll(provenance(analysis));
        return facts;
    }

    /** Which runs, how paired, why each has its role, which checkpoints it never reached: {@link #runs} after the verdicts. */
    static List<Fact> provenance(MigrationAnalysis analysis) {
        MigrationPair pair = analysis.migration().pair();
        List<Fact> facts = new ArrayList<>();
        for (Role role : Role.values()) {
            Optional<Run> run = pair.run(role);
            facts.add(new Fact(role.label(), run.map(r -> "run " + r.id().index() + " of " + String.join(", ", r.inputs())
                    + ": " + r.status().label() + (r.timed() ? "" : ", no timestamps")).orElse("none"), true));
        }
        facts.add(new Fact("paired", PairingWords.how(pair.how())));
        analysis.libvirt().ifPresent(libvirt -> LibvirtText.header(libvirt, (label, value) -> facts.add(new Fact(label, value))));
        for (Role role : Role.values()) {
            pair.run(role).ifPresent(run -> {
                List<String> why = new ArrayList<>();
                why.add(RoleWords.note(run.role().note()));
                run.role().evidence().stream().limit(3).map(RoleWords::evidenceAt).forEach(why::add);
                facts.add(new Fact(role.abbreviation() + " role", String.join("; ", why)));
            });
        }
        for (Role role : Role.values()) {
            pair.run(role).ifPresent(run -> {
                List<String> missing = run.missingCheckpoints(pair.mode());
                if (!missing.isEmpty()) {
                    facts.add(new Fact(role.abbreviation() + " missing", "never reached " + String.join(", ", missing)));
                }
            });
        }
        return facts;
    }

    /** The offset, its binding bounds, the evidence, the two assumptions, where destination events are placed. */
    public static List<Fact> clock(ClockAlignment clock) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("offset", ClockWords.summary(clock)));
        clock.upperBinding().ifPresent(bound -> facts.add(new Fact("upper bound", ClockWords.bound(bound))));
        clock.lowerBinding().ifPresent(bound -> facts.add(new Fact("lower bound", ClockWords.bound(bound))));
        long evidence = clock.bounds().stream().filter(clock::used).count();
        if (evidence > 0) {
            facts.add(new Fact("evidence", evidence + (clock.quality() == AlignmentQuality.GIVEN
                    ? " causal bounds checked against the given offset" : " causal bounds used")
                    + " (--format json lists them)"));
        }
        facts.add(new Fact("return-path", ClockWords.reason(clock.returnPath().reason())));
        facts.add(new Fact("handshake", ClockWords.reason(clock.handshake().reason())));
        clock.notes().forEach(note -> facts.add(new Fact("note", ClockWords.note(note))));
        if (clock.placesEvents() && clock.quality() != AlignmentQuality.GIVEN) {
            facts.add(new Fact("placement", clock.quality() == AlignmentQuality.TWO_SIDED
                    ? "destination events are placed at the middle of the interval (" + Durations.ms(clock.estimate().getAsLong()) + " ms)"
                    : "destination events are placed at their earliest possible time (the bound); later ones are ≥"));
        }
        return facts;
    }

    /**
     * Guest stopped, when the guest resumed under libvirt ({@code -S}), the management layer's hold
     * before switchover, stopped on the source, QEMU's figure; the explanation is {@link Blackout#explanation}.
     */
    public static List<Fact> blackout(MigrationAnalysis analysis) {
        Blackout blackout = analysis.blackout();
        List<Fact> facts = new ArrayList<>();
        if (blackout.guestStopped().isPresent()) {
            facts.add(new Fact("guest stopped", duration(blackout.guestStopped().get())
                    + "  (src-downtime-start -> dst-*-vm-started, on the source's clock)"));
        } else if (analysis.outcome().guestStopped() == GuestStopped.NEVER) {
            facts.add(new Fact("guest stopped", "0 ms: " + OutcomeWords.guest(analysis.outcome(), blackout)));
        } else {
            facts.add(new Fact("guest stopped", "unknown: " + blackout.unavailable().map(BlackoutWords::unavailable).orElse("")));
        }
        analysis.libvirt().flatMap(LibvirtMigration::resumedLater)
                .ifPresent(later -> facts.add(new Fact("guest resumed", AnalysisWords.resumedLater(later))));
        analysis.pause().ifPresent(pause -> facts.add(new Fact("held", AnalysisWords.pause(pause))));
        analysis.outcome().stoppedOnSource().ifPresent(interval -> facts.add(new Fact("on the source",
                "stopped " + OutcomeWords.stopped(interval) + " (src-downtime-start -> the source's "
                + (interval.bounded() ? "cancelling, and at most until its cancelled" : "failure") + "),"
                + " then QEMU resumed it on the source")));
        facts.add(new Fact("QEMU's figure", blackout.qemuDowntime().isPresent()
                ? qemuFigure(blackout.qemuDowntime().getAsLong()) + "  (src-downtime-start -> src-downtime-end;"
                  + " query-migrate reports it in whole ms)"
                : "unknown: " + blackout.qemuDowntimeUnavailable().map(BlackoutWords::qemuDowntime).orElse("")));
        return facts;
    }

    /**
     * A duration known within bounds, in words: {@code 4.111 ms}, {@code 21.295 ±4.562 ms (between
     * 16.733 and 25.857 ms)}, {@code at least 405.351 ms}, {@code at most 2 ms}.
     */
    public static String duration(Estimate stopped) {
        Interval bounds = stopped.bounds();
        if (bounds.exact()) {
            return Durations.ms(bounds.low().getAsLong()) + " ms";
        }
        if (bounds.bounded()) {
            return Figures.ms(stopped) + " ms (between " + Durations.ms(bounds.low().getAsLong()) + " and "
                    + Durations.ms(bounds.high().getAsLong()) + " ms)";
        }
        if (bounds.boundedBelow()) {
            return "at least " + Durations.ms(bounds.low().getAsLong()) + " ms";
        }
        return "at most " + Durations.ms(bounds.high().getAsLong()) + " ms";
    }

    /** QEMU's own figure: {@code 4.111 ms}. */
    public static String qemuFigure(long micros) {
        return Durations.ms(micros) + " ms";
    }

    /** {@code ms since src-downtime-start} or, without it, since the first event. */
    public static String timelineOrigin(Timeline timeline) {
        return "ms since " + timeline.reference().orElse("the first event");
    }

    /** A timeline entry as the timeline lists it: {@code src-vm-stopped}, {@code state active}. */
    public static String event(TimelineEntry entry) {
        return entry.kind() == MilestoneKind.STATE ? "state " + entry.name() : entry.name();
    }

    /** A phase's end as the phases list it: {@code src-vm-stopped}, {@code src state pre-switchover}. */
    public static String milestone(TimelineEntry entry) {
        return entry.kind() == MilestoneKind.STATE ? entry.host().abbreviation() + " state " + entry.name() : entry.name();
    }
}
