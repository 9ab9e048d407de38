package io.downtime.report.sweep;

import io.downtime.report.words.ReplayWords;
import io.downtime.why.PredictionShortfall;

import io.downtime.report.migration.ReportFacts.Fact;
import io.downtime.report.words.SweepWords;
import io.downtime.run.Durations;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.SweepCell;
import io.downtime.strict.SweepResult;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code analyzer sweep} says about its corpus, its grid and each policy's cells, worded once
 * for the text output and the HTML page. docs/strict-mode.md defines every figure.
 */
final class SweepFacts {
    private SweepFacts() {
    }

    /** {@code Strict-mode sweep of 2 migrations from 2 cases (186 lines) under PATHS}: a case is a directory, a pair or a log (see RunSetInputs). */
    static String summary(SweepDocument document) {
        SweepResult result = document.result();
        return "Strict-mode sweep of " + result.runs() + " migration" + (result.runs() == 1 ? "" : "s") + " from "
                + document.cases() + " case" + (document.cases() == 1 ? "" : "s") + " ("
                + document.lines() + " lines) under " + String.join(", ", document.paths());
    }

    /** The grid, source-ack's round trip, the runs not replayed, rejected lines, problems. */
    static List<Fact> header(SweepDocument document) {
        SweepResult result = document.result();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("grid", "downtime-limit " + result.grid().downtimeLimits() + " ms x switchover-limit "
                + result.grid().switchoverLimits() + " ms"));
        facts.add(new Fact("source-ack", "round trip " + document.roundTrip()));
        if (!result.unreplayable().isEmpty()) {
            facts.add(new Fact("not replayed", result.unreplayable().size() + " migration" + (result.unreplayable().size() == 1
                    ? "" : "s") + " (first: " + ReplayWords.notReplayed(result.unreplayable().get(0)) + ")"));
        }
        if (document.rejected() > 0) {
            facts.add(new Fact("rejected", document.rejected() + " lines (on stderr as file:line:column: message)"));
        }
        for (String problem : document.problems()) {
            facts.add(new Fact("problem", problem));
        }
        return facts;
    }

    /** {@code 50.0%}, or {@code 50.0%–100.0%} from the certain aborts to every possible one. */
    static String rate(SweepCell cell) {
        String least = Durations.percentOfFraction(cell.leastAbortRate());
        String most = Durations.percentOfFraction(cell.mostAbortRate());
        return least.equals(most) ? least : least + "–" + most;
    }

    /** {@code Recommendation: the smallest limits ... .} */
    static String recommendation(PolicySweep sweep) {
        return "Recommendation: " + SweepWords.recommendation(sweep.recommendation()) + ".";
    }

    /**
     * {@code QEMU's prediction fell short by more than the switchover-limit (docs/why.md): of 2 migrations with a
     * prediction}: the heading of the shortfall table, or why there is none.
     */
    static String shortfallHeading(SweepResult result) {
        List<PredictionShortfall> counted = result.shortfalls().orElse(List.of());
        int with = counted.isEmpty() ? 0 : counted.get(0).withPrediction();
        if (with == 0) {
            return "QEMU's prediction against the switchover-limit (docs/why.md): no migration shows QEMU's prediction"
                    + " and its blackout (trace the switchover decision with -trace 'migrat*')";
        }
        return "How often QEMU's prediction fell short by more than the switchover-limit (docs/why.md): of " + with
                + " migration" + (with == 1 ? "" : "s") + " with a prediction and a blackout, the guest was stopped longer"
                + " than QEMU expected by more than the limit";
    }

    /** A shortfall count as a cell: {@code 1 (50.0%)}. */
    static String share(int count, int of) {
        return count + " (" + Durations.percentOfFraction(of == 0 ? 0 : (double) count / of) + ")";
    }
}
