package io.downtime.report.replay;

import io.downtime.report.words.ReplayWords;
import io.downtime.report.Figures;
import io.downtime.run.Durations;
import io.downtime.strict.Certainty;
import io.downtime.strict.Firing;
import io.downtime.strict.JudgedBlackout;
import io.downtime.strict.MigrationReplay;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.VerdictClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer {@code analyzer replay} opens with (docs/strict-mode.md, The answer first): one plain
 * sentence per policy and migration, e.g. {@code rfc (abort at 6 ms): would abort at the source after
 * its save of 0000:00:03.0/e1000e 0, 5.319 ms into the downtime; the guest was stopped at least
 * 6.336 ms, so the abort was right}. The verdict classes behind the last words stay in the JSON and
 * are defined in the {@link #LEGEND}.
 */
final class ReplayAnswer {
    /** What each closing clause means, as the verdict classes of docs/strict-mode.md define them. */
    static final List<String> LEGEND = List.of(
            "Legend of the first lines (the verdict classes of --format json, docs/strict-mode.md):",
            "  the abort was right        fired rightly: it aborts and the guest was stopped longer than the policy promises",
            "  the abort was needless     fired needlessly: it aborts, yet the run would have met the limit",
            "  would lose the guest       it aborts after the guest started on the destination (postcopy): the source's copy is stale",
            "  it missed a violation      missed a violation: it stays silent while the guest was stopped longer than promised",
            "  staying silent was right   rightly silent: it stays silent and the promise was kept",
            "  undecided                  the clock alignment or the counters' phase leave several classes possible");

    private ReplayAnswer() {
    }

    /** One line per policy of each replayed migration; {@code count} migrations in all. */
    static List<String> lines(List<MigrationReplay> replays, int count) {
        List<String> lines = new ArrayList<>();
        for (MigrationReplay replay : replays) {
            String prefix = count > 1 ? "migration " + replay.switchover().migration().pair().index() + ", " : "";
            for (PolicyVerdict verdict : replay.verdicts()) {
                lines.add(prefix + sentence(verdict));
            }
        }
        return lines;
    }

    static String sentence(PolicyVerdict verdict) {
        String head = verdict.policy() + " (abort at " + verdict.promisedLimitMs() + " ms): ";
        if (!verdict.replayed()) {
            return head + "not replayed: " + verdict.unreplayable().map(ReplayWords::unreplayable).orElse("");
        }
        Certainty fired = verdict.outcome().fired();
        String action = switch (fired) {
            case FIRES -> "would abort" + where(verdict.first());
            case MAY_FIRE -> "may abort, depending on the phase of the millisecond counters" + where(verdict.first());
            case CANNOT_FIRE -> "would not abort";
        };
        return head + action + "; the guest was stopped " + stopped(verdict.judgedAgainst()) + ", so "
                + conclusion(verdict);
    }

    private static String where(Optional<Firing> first) {
        return first.map(firing -> " at the " + firing.at().host().label()
                + " after " + (firing.at().site().label().startsWith("the ") ? "" : "its ")
                + firing.at().site().label() + ", " + Figures.ms(firing.sinceStart())
                + " ms into the downtime").orElse("");
    }

    private static String stopped(JudgedBlackout blackout) {
        if (blackout.kind() == JudgedBlackout.Kind.UNKNOWN) {
            return "for an unknown time";
        }
        long low = blackout.low().getAsLong();
        if (blackout.high().isEmpty()) {
            return "at least " + Durations.ms(low) + " ms";
        }
        long high = blackout.high().getAsLong();
        return low == high ? Durations.ms(low) + " ms" : "between " + Durations.ms(low) + " and " + Durations.ms(high) + " ms";
    }

    private static String conclusion(PolicyVerdict verdict) {
        Optional<VerdictClass> decided = verdict.outcome().decided();
        if (decided.isEmpty()) {
            return "undecided: " + ReplayWords.classes(verdict.outcome());
        }
        return switch (decided.get()) {
            case FIRED_RIGHTLY -> "the abort was right";
            case FIRED_NEEDLESSLY -> "the abort was needless";
            case LOSES_GUEST -> "the abort would lose the guest";
            case MISSED_VIOLATION -> "it missed a violation";
            case RIGHTLY_SILENT -> "staying silent was right";
        };
    }
}
