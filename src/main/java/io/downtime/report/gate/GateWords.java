package io.downtime.report.gate;

import io.downtime.blackout.DeviceKey;
import io.downtime.compare.Change;
import io.downtime.compare.FigureComparison;
import io.downtime.report.words.Numbers;
import io.downtime.gate.BlackoutRule;
import io.downtime.gate.ClockRule;
import io.downtime.gate.DeviceRule;
import io.downtime.gate.Finding;
import io.downtime.gate.NoRegressionRule;
import io.downtime.gate.NoRejectedLinesRule;
import io.downtime.gate.OutcomeRule;
import io.downtime.gate.PhaseRule;
import io.downtime.gate.PredictionErrorRule;
import io.downtime.gate.Rule;
import io.downtime.gate.RuleResult;
import io.downtime.gate.StrictRule;
import io.downtime.gate.UnknownPolicy;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;
import io.downtime.outcome.EndedIn;
import io.downtime.outcome.MigrationResult;
import io.downtime.report.words.ClockWords;
import io.downtime.run.Durations;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gate's words, for every document of {@code analyzer gate} (text, JSON, JUnit XML): what a rule demands, and
 * a check's measured value, limit and message, from the rule and the {@link Finding} its check returned.
 */
public final class GateWords {
    /** Offending devices and regressed figures named in one message before the rest is counted. */
    private static final int NAMED = 3;

    private GateWords() {
    }

    /** What the rule demands: {@code blackout at most 300 ms (lower bound)}. */
    public static String demand(Rule rule) {
        if (rule instanceof BlackoutRule r) {
            return "blackout at most " + Durations.of(r.maxMicros()) + " (" + TimeFindingWords.bound(r.value()) + ")";
        }
        if (rule instanceof PhaseRule r) {
            return "phase " + r.from() + " -> " + r.to() + " at most " + Durations.of(r.maxMicros()) + " ("
                    + TimeFindingWords.bound(r.value()) + ")";
        }
        if (rule instanceof DeviceRule r) {
            return "devices " + r.match() + " at most " + Durations.of(r.maxMicros()) + " per "
                    + r.operation().map(op -> op == DeviceOperation.SAVE ? "save" : "load").orElse("save and load");
        }
        if (rule instanceof ClockRule r) {
            return "clock alignment at least " + r.atLeast().label();
        }
        if (rule instanceof NoRejectedLinesRule) {
            return "no rejected lines in the inputs";
        }
        if (rule instanceof NoRegressionRule r) {
            return "no regression beyond " + Durations.percent(r.thresholds().minChangePercent()) + " and "
                    + r.thresholds().minChangeMicros() + " µs against the baseline (p ≤ "
                    + Numbers.p(r.thresholds().alpha()) + ")";
        }
        if (rule instanceof StrictRule r) {
            return "strict mode " + StrictCheckWords.setting(r) + " must not " + StrictCheckWords.mustNot(r);
        }
        if (rule instanceof OutcomeRule r) {
            return "no migration " + labels(r.forbidden()).replace(", ", " or ");
        }
        PredictionErrorRule r = (PredictionErrorRule) rule;
        return "the guest stopped at most " + Durations.of(r.maxMicros()) + " longer than QEMU expected ("
                + TimeFindingWords.bound(r.value()) + ")";
    }

    /** What was measured ({@code at least 405.351 ms}, {@code one-sided}); empty when the figure is unknown. */
    public static Optional<String> measured(RuleResult result) {
        Finding finding = result.finding();
        if (finding instanceof Finding.Time time) {
            return Optional.of(TimeFindingWords.measured(time));
        }
        if (finding instanceof Finding.Devices devices) {
            return Optional.of(device(devices.slowest()));
        }
        if (finding instanceof Finding.Clock clock) {
            return Optional.of(clock.quality().label());
        }
        if (finding instanceof Finding.Lines lines) {
            return Optional.of(lines.damaged().isEmpty() ? "0 rejected lines" : lines.rejected() + " rejected lines");
        }
        if (finding instanceof Finding.Outcome outcome) {
            return Optional.of(ended(outcome));
        }
        if (finding instanceof Finding.Regressions regressions) {
            int count = regressions.regressions().size();
            return Optional.of(count == 0 ? "no regression" : count + " regression" + (count == 1 ? "" : "s"));
        }
        if (finding instanceof Finding.MustNotFire fire) {
            return Optional.of(fire.fired().label() + " (" + StrictCheckWords.classes(fire.verdict()) + ")");
        }
        if (finding instanceof Finding.MustNotMiss miss) {
            return Optional.of(StrictCheckWords.classes(miss.verdict()));
        }
        return Optional.empty();
    }

    /** The rule's limit ({@code 300 ms}, {@code two-sided}, {@code must not fire}). */
    public static String limit(RuleResult result) {
        Rule rule = result.rule();
        if (rule instanceof BlackoutRule r) {
            return Durations.of(r.maxMicros());
        }
        if (rule instanceof PhaseRule r) {
            return Durations.of(r.maxMicros());
        }
        if (rule instanceof PredictionErrorRule r) {
            return Durations.of(r.maxMicros());
        }
        if (rule instanceof DeviceRule r) {
            return Durations.of(r.maxMicros());
        }
        if (rule instanceof ClockRule r) {
            return r.atLeast().label();
        }
        if (rule instanceof NoRejectedLinesRule) {
            return "0";
        }
        if (rule instanceof NoRegressionRule r) {
            return "+" + Durations.percent(r.thresholds().minChangePercent()) + " and +"
                    + r.thresholds().minChangeMicros() + " µs";
        }
        if (rule instanceof StrictRule r) {
            return "must not " + StrictCheckWords.mustNot(r);
        }
        return "not " + labels(((OutcomeRule) rule).forbidden());
    }

    /** One sentence with the measured value, the limit and the migration. */
    public static String message(RuleResult result) {
        Finding finding = result.finding();
        String subject = result.subject();
        String limit = limit(result);
        if (finding instanceof Finding.Time time) {
            String compared = (time.within() ? " ≤ " : " > ") + "limit " + limit + " in " + subject;
            if (time.figure() instanceof Finding.PredictionError) {
                return "the guest stopped " + TimeFindingWords.measured(time) + compared;
            }
            return TimeFindingWords.figure(time.figure()) + " " + TimeFindingWords.measured(time) + compared;
        }
        if (finding instanceof Finding.TimeUnknown unknown) {
            return unknown(TimeFindingWords.figure(unknown.figure()) + " unknown in " + subject + ": "
                    + TimeFindingWords.why(unknown) + "; the limit is " + limit, unknown.whenUnknown());
        }
        if (finding instanceof Finding.Devices devices) {
            List<Finding.DeviceTime> over = devices.over();
            if (over.isEmpty()) {
                return "slowest matching device " + device(devices.slowest()) + " ≤ limit " + limit + " in " + subject;
            }
            String named = over.stream().limit(NAMED).map(GateWords::device).collect(Collectors.joining(", "));
            String more = over.size() > NAMED ? " and " + (over.size() - NAMED) + " more" : "";
            return named + more + " > limit " + limit + " in " + subject;
        }
        if (finding instanceof Finding.NoDevice none) {
            DeviceRule rule = (DeviceRule) result.rule();
            return unknown("no device matching " + rule.match() + " in " + subject + " (" + filter(rule)
                    + "); the limit is " + limit, none.whenUnknown());
        }
        if (finding instanceof Finding.Clock clock) {
            return "clock alignment " + clock.quality().label() + (clock.good() ? " meets " : " is below ")
                    + "the required " + clock.required().label() + " in " + subject
                    + (clock.good() ? "" : clock.firstNote().map(note -> ": " + ClockWords.note(note)).orElse(""));
        }
        if (finding instanceof Finding.Lines lines) {
            if (lines.damaged().isEmpty()) {
                return "no rejected lines in the inputs of " + subject;
            }
            return lines.damaged().stream().map(GateWords::damage).flatMap(List::stream).collect(Collectors.joining("; "))
                    + " (stderr lists them as file:line:column) for " + subject;
        }
        if (finding instanceof Finding.Outcome outcome) {
            return subject + ": " + ended(outcome) + ", guest " + outcome.outcome().guestStopped().label()
                    + outcome.cause().map(cause -> ": " + OutcomeCauseWords.cause(cause)).orElse("")
                    + (outcome.bad() ? " (forbidden: " + labels(outcome.forbidden()) + ")" : "");
        }
        if (finding instanceof Finding.Regressions regressions) {
            String against = " (" + regressions.migrations() + " migrations against " + regressions.baselineMigrations()
                    + " of baseline " + regressions.baseline() + ")";
            List<FigureComparison> regressed = regressions.regressions();
            if (regressed.isEmpty()) {
                return "no figure regressed beyond " + limit + against;
            }
            String named = regressed.stream().limit(NAMED).map(GateWords::regressed).collect(Collectors.joining("; "));
            String more = regressed.size() > NAMED ? "; and " + (regressed.size() - NAMED) + " more" : "";
            return "regressed beyond " + limit + ": " + named + more + against;
        }
        return StrictCheckWords.message(result);
    }

    /** A figure the rule could not measure: the message ends with what {@code when_unknown} made of it. */
    static String unknown(String why, UnknownPolicy whenUnknown) {
        return why + " (when_unknown: " + whenUnknown.label() + ")";
    }

    /** {@code 0000:00:02.0/virtio-blk load 1.195 ms}; {@code #1} for a second instance, {@code (iterable)}. */
    private static String device(Finding.DeviceTime time) {
        DeviceKey key = time.device();
        return key.idstr() + (key.instanceId() != 0 ? " #" + key.instanceId() : "")
                + (key.type() == SectionType.ITERABLE ? " (iterable)" : "") + " "
                + (time.operation() == DeviceOperation.SAVE ? "save" : "load") + " " + Durations.of(time.micros());
    }

    private static String filter(DeviceRule rule) {
        return rule.operation().map(op -> op == DeviceOperation.SAVE ? "saves" : "loads").orElse("saves and loads")
                + rule.type().map(t -> " of " + t.traceName() + " sections").orElse("");
    }

    private static List<String> damage(Finding.InputLines input) {
        List<String> parts = new java.util.ArrayList<>();
        if (input.rejected() > 0) {
            parts.add(input.rejected() + " rejected line" + (input.rejected() == 1 ? "" : "s") + " in " + input.input());
        }
        if (input.readFailures() > 0) {
            parts.add(input.input() + " could not be read to its end");
        }
        return parts;
    }

    /** {@code failed in precopy}, {@code aborted-by-strict-mode at switchover}. */
    private static String ended(Finding.Outcome outcome) {
        return outcome.outcome().result().label() + outcome.outcome().endedIn()
                .map(phase -> (phase == EndedIn.SWITCHOVER ? " at " : " in ") + phase.label()).orElse("");
    }

    private static String labels(Set<MigrationResult> results) {
        return EnumSet.copyOf(results).stream().map(MigrationResult::label).collect(Collectors.joining(", "));
    }

    /** {@code blackout +12.3 ms (+4.5%), p = 0.0321}: a regression's figure and change, as analyzer compare gives its reason. */
    private static String regressed(FigureComparison figure) {
        Change change = figure.change().orElseThrow();
        return figure.figure().label() + " " + Numbers.change(change.medianDelta(), change.medianDeltaPercent(),
                change.test().pValue());
    }

}
