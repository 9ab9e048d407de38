package io.downtime.report.replay;

import io.downtime.report.html.MarkerSymbol;
import io.downtime.report.migration.SwitchoverTimeline;
import io.downtime.clock.Estimate;
import io.downtime.run.Role;
import io.downtime.strict.Certainty;
import io.downtime.strict.Check;
import io.downtime.strict.Firing;
import io.downtime.strict.HostEvent;
import io.downtime.strict.PhaseSet;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The replay's layers over a migration's {@link SwitchoverTimeline}: each policy's checks as a row of
 * marks at the end of the lane of the host that made them (coloured by whether they reach the
 * limit), a star where a scenario fires, and a line over the whole chart at the earliest firing.
 * Every moment and figure is the strict package's ({@link Check#sinceStart}, {@link Firing#sinceStart},
 * {@link Check#perceived}); nothing is computed here.
 */
final class ReplayTimeline {
    /** A check that stays below the limit is drawn in its policy's colour. */
    static final Map<String, String> POLICY_COLOURS = Map.of("rfc", "#6a51a3", "total", "#1a7f5a", "source-ack", "#8c5a1c");
    static final String MAY_REACH_COLOUR = "#e6a117";
    static final String REACHES_COLOUR = "#a4262c";

    private ReplayTimeline() {
    }

    /** What the drawing adds to the timeline's legend. */
    static String legend() {
        return "Each policy's checks are the ▲ rows at the end of the lane of the host that made them: in the policy's"
                + " colour while what the check perceives stays below the limit, amber where it reaches the limit for"
                + " some counter phases or clock offsets, red where it reaches it for all. A ★ marks where a policy"
                + " fires (hover for the counter phases), and a dashed line over the chart (a shaded stretch when the"
                + " moment is uncertain) its earliest firing.";
    }

    /** Adds every verdict's checks, firings and earliest firing to {@code timeline}. */
    static SwitchoverTimeline draw(SwitchoverTimeline timeline, List<PolicyVerdict> verdicts) {
        for (PolicyVerdict verdict : verdicts) {
            if (!verdict.replayed()) {
                continue;
            }
            for (Role host : Role.values()) {
                checks(timeline, verdict, host);
            }
            verdict.first().ifPresent(first -> timeline.moment(verdict.policy() + " " + verdict.outcome().fired().label(),
                    first.sinceStart(), colour(verdict.policy())));
        }
        return timeline;
    }

    static String colour(String policy) {
        return POLICY_COLOURS.getOrDefault(policy, SwitchoverTimeline.QEMU_COLOUR);
    }

    private static void checks(SwitchoverTimeline timeline, PolicyVerdict verdict, Role host) {
        List<Check> checks = verdict.checks().stream().filter(check -> check.event().host() == host).toList();
        Map<HostEvent, List<Firing>> firings = firings(verdict, host);
        if (checks.isEmpty() && firings.isEmpty()) {
            return;
        }
        String row = host.abbreviation() + " " + verdict.policy() + " checks";
        // Those that reach the limit last, drawn over the others.
        for (Certainty reach : List.of(Certainty.CANNOT_FIRE, Certainty.MAY_FIRE, Certainty.FIRES)) {
            List<SwitchoverTimeline.Mark> marks = checks.stream().filter(check -> check.reachesLimit() == reach)
                    .map(check -> new SwitchoverTimeline.Mark(check.sinceStart(), checkHover(timeline, verdict, check)))
                    .toList();
            if (!marks.isEmpty()) {
                timeline.marks(host, row, reachColour(verdict.policy(), reach), MarkerSymbol.TRIANGLE_UP, marks);
            }
        }
        List<SwitchoverTimeline.Mark> stars = new ArrayList<>();
        firings.forEach((event, at) -> stars.add(new SwitchoverTimeline.Mark(at.get(0).sinceStart(),
                firingHover(timeline, verdict, at))));
        if (!stars.isEmpty()) {
            timeline.marks(host, row, REACHES_COLOUR, MarkerSymbol.STAR, stars);
        }
    }

    private static String reachColour(String policy, Certainty reach) {
        switch (reach) {
            case FIRES:
                return REACHES_COLOUR;
            case MAY_FIRE:
                return MAY_REACH_COLOUR;
            default:
                return colour(policy);
        }
    }

    /** Every firing of {@code host} over the scenarios (the first one, and the other host's after it), by event. */
    static Map<HostEvent, List<Firing>> firings(PolicyVerdict verdict, Role host) {
        Map<HostEvent, List<Firing>> firings = new LinkedHashMap<>();
        for (Scenario scenario : verdict.scenarios()) {
            for (Firing firing : Stream.of(scenario.first(), scenario.then()).flatMap(Optional::stream).toList()) {
                if (firing.at().host() == host) {
                    firings.computeIfAbsent(firing.at(), event -> new ArrayList<>()).add(firing);
                }
            }
        }
        return firings;
    }

    private static String checkHover(SwitchoverTimeline timeline, PolicyVerdict verdict, Check check) {
        return verdict.policy() + " check after " + check.event().site().label() + "\n"
                + check.event().host().label() + ", " + check.event().where() + "\n"
                + timeline.at(check.sinceStart()) + "\n"
                + "perceived " + StrictFigures.perceived(check.perceived()) + ", limit " + verdict.promisedLimitMs()
                + " ms: ≥ limit " + StrictFigures.reaches(check.reachesLimit());
    }

    private static String firingHover(SwitchoverTimeline timeline, PolicyVerdict verdict, List<Firing> firings) {
        Firing firing = firings.get(0);
        PhaseSet source = firings.stream().map(Firing::sourcePhases).reduce(PhaseSet::union).orElseThrow();
        PhaseSet destination = firings.stream().map(Firing::destinationPhases).reduce(PhaseSet::union).orElseThrow();
        Estimate at = firing.sinceStart();
        return verdict.policy() + " fires after " + firing.at().site().label() + "\n"
                + firing.at().host().label() + ", " + firing.at().where() + "\n"
                + timeline.at(at) + "\n"
                + "perceived " + firings.stream().map(f -> StrictFigures.perceived(f.perceived())).distinct()
                .collect(Collectors.joining(" or ")) + ", limit " + verdict.promisedLimitMs() + " ms\n"
                + "for " + StrictFigures.phases(source, destination) + "\n"
                + PolicyWords.consequence(firing.consequence());
    }
}
