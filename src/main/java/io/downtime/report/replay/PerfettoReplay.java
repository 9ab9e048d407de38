package io.downtime.report.replay;

import io.downtime.report.Renderer;
import io.downtime.report.DisplayNames;
import io.downtime.report.migration.MigrationTrace;
import io.downtime.report.migration.PerfettoReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.report.perfetto.ChromeTrace;
import io.downtime.run.Role;
import io.downtime.strict.Check;
import io.downtime.strict.Firing;
import io.downtime.strict.MigrationReplay;
import io.downtime.strict.PolicyVerdict;
import io.downtime.clock.Estimate;
import io.downtime.strict.HostEvent;
import io.downtime.strict.Perceived;
import io.downtime.strict.PhaseSet;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code analyzer replay --format perfetto}: the report's trace of each migration ({@link MigrationTrace})
 * with every policy's checks and firings as instants on a track of the host that made them. Every moment
 * and figure is the strict package's ({@link Check#sinceStart}, {@link Firing#sinceStart},
 * {@link Check#perceived}); docs/perfetto.md defines the fields.
 */
final class PerfettoReplay implements Renderer<ReplayDocument> {
    private final PrintWriter out;
    private final String generator;

    PerfettoReplay(PrintWriter out, String generator) {
        this.out = out;
        this.generator = generator;
    }

    @Override
    public void render(ReplayDocument document) {
        DisplayNames names = new DisplayNames(document.accounting().keySet());
        ChromeTrace trace = new ChromeTrace();
        ObjectNode other = PerfettoReport.otherData("replay", generator);
        other.put("limits", document.limits().describe());
        ArrayNode migrations = other.putArray("migrations");
        int count = document.found().migrations().size();
        for (int i = 0; i < document.replays().size(); i++) {
            MigrationReplay replay = document.replays().get(i);
            MigrationAnalysis analysis = document.analyses().get(i);
            Optional<MigrationTrace> added = MigrationTrace.add(trace, analysis, PerfettoReport.prefix(analysis, count), names);
            ObjectNode migration = PerfettoReport.migration(analysis, added);
            migrations.add(migration);
            // The checks count from src-downtime-start on the source's clock: the report's axis for every
            // replayable migration (a timed source run with src-downtime-start).
            if (added.isPresent() && added.get().axis().clock() == Role.SOURCE && replay.switchover().replayable()) {
                for (PolicyVerdict verdict : replay.verdicts()) {
                    policy(added.get(), verdict, names);
                }
            } else {
                migration.put("checks_placed", false);
            }
        }
        PerfettoReport.write(trace, other, out);
    }

    private static void policy(MigrationTrace migration, PolicyVerdict verdict, DisplayNames names) {
        if (!verdict.replayed()) {
            return;
        }
        for (Check check : verdict.checks()) {
            args(migration, verdict, check.event(), check.sinceStart(), check.perceived(), names).ifPresent(args -> {
                args.put("reaches_limit", check.reachesLimit().label());
                instant(migration, verdict, check.event().host(), verdict.policy() + " check", "check", check.sinceStart(), args);
            });
        }
        for (Role host : Role.values()) {
            // Every firing of the host over the scenarios, by the event that fires (as the HTML page draws them).
            ReplayTimeline.firings(verdict, host).forEach((at, firings) -> {
                Firing firing = firings.get(0);
                args(migration, verdict, at, firing.sinceStart(), firing.perceived(), names).ifPresent(args -> {
                    args.put("counter_phases", StrictFigures.phases(
                            firings.stream().map(Firing::sourcePhases).reduce(PhaseSet::union).orElseThrow(),
                            firings.stream().map(Firing::destinationPhases).reduce(PhaseSet::union).orElseThrow()));
                    args.put("consequence", PolicyWords.consequence(firing.consequence()));
                    args.put("fires", verdict.outcome().fired().label());
                    instant(migration, verdict, host, verdict.policy() + " fires", "firing", firing.sinceStart(), args);
                });
            });
        }
    }

    /** What every check and firing carries; empty when its host is not in the trace or its time has no estimate. */
    private static Optional<ObjectNode> args(MigrationTrace migration, PolicyVerdict verdict, HostEvent event,
                                             Estimate sinceStart, Perceived perceived, DisplayNames names) {
        if (!migration.has(event.host()) || migration.ts(sinceStart).isEmpty()) {
            return Optional.empty();
        }
        ObjectNode args = migration.args(event.host(), names.of(event.where()), OptionalLong.of(event.micros()),
                Optional.of(sinceStart));
        args.put("policy", verdict.policy());
        args.put("after", event.site().kind().label() + " " + event.site().name());
        ObjectNode value = args.putObject("perceived_us");
        value.put("low", perceived.lowMicros());
        if (perceived.highMicros().isPresent()) {
            value.put("high", perceived.highMicros().getAsLong());
        } else {
            value.putNull("high");
        }
        value.put("counter_ms", perceived.counter());
        args.put("limit_ms", verdict.promisedLimitMs());
        return Optional.of(args);
    }

    /** On the policy's track of {@code host}; the axis counts from src-downtime-start, as the check's time does. */
    private static void instant(MigrationTrace migration, PolicyVerdict verdict, Role host, String name, String category,
                                Estimate sinceStart, ObjectNode args) {
        migration.trace().instant(migration.addedTrack(host, verdict.policy() + " checks"), name, category,
                migration.ts(sinceStart).getAsLong(), args);
    }
}
