package io.downtime.report.runs;

import io.downtime.report.words.ReplayWords;
import io.downtime.report.Renderer;
import io.downtime.report.migration.OutcomeWords;
import io.downtime.clock.Estimate;
import io.downtime.csv.CsvWriter;
import io.downtime.outcome.EndedIn;
import io.downtime.run.MigrationPair;
import io.downtime.run.RunStatus;
import io.downtime.runset.RunFigures;
import io.downtime.runset.RunSet;
import io.downtime.runset.SetMigration;
import io.downtime.runset.StrictVerdicts;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.VerdictClass;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code analyzer runs --format csv}: one row per migration; times in µs, empty when unknown. */
final class CsvRunSetListing implements Renderer<RunSetDocument> {
    static final String[] HEADER = {"label", "run", "case", "migration", "source", "destination", "source_status",
            "destination_status", "mode", "paired", "clock", "blackout_us", "blackout_low_us", "blackout_high_us",
            "qemu_downtime_us", "rejected_lines", "result", "ended_in", "guest_stopped", "cause", "expected_downtime_us",
            "prediction_error_us", "prediction_error_low_us", "prediction_error_high_us"};
    private final CsvWriter csv;
    private final PrintWriter out;

    CsvRunSetListing(PrintWriter out) {
        this.out = out;
        this.csv = new CsvWriter(out);
    }

    @Override
    public void render(RunSetDocument document) {
        RunSet set = document.set();
        Optional<StrictVerdicts> strict = document.strict();
        List<Object> header = new ArrayList<>(Arrays.asList(HEADER));
        strict.ifPresent(verdicts -> verdicts.policies().forEach(policy -> {
            header.add("strict_" + policy.name() + "_fired");
            header.add("strict_" + policy.name() + "_class");
        }));
        csv.row(header);
        for (int i = 0; i < set.runs().size(); i++) {
            SetMigration run = set.runs().get(i);
            RunFigures figures = run.figures();
            MigrationPair pair = run.analysis().migration().pair();
            Optional<Estimate> blackout = figures.blackout();
            List<Object> row = new ArrayList<>(Arrays.asList(run.ref().label(), run.ref().name(), run.ref().caseName(), run.ref().migration(),
                    pair.source().map(r -> r.id().toString()).orElse(""),
                    pair.destination().map(r -> r.id().toString()).orElse(""),
                    figures.sourceStatus().map(RunStatus::label).orElse(""),
                    figures.destinationStatus().map(RunStatus::label).orElse(""),
                    figures.mode().label(), RunColumns.pairing(pair), figures.clock().label(),
                    number(blackout.map(Estimate::value).orElse(OptionalLong.empty())),
                    number(blackout.map(e -> e.bounds().low()).orElse(OptionalLong.empty())),
                    number(blackout.map(e -> e.bounds().high()).orElse(OptionalLong.empty())),
                    number(figures.qemuDowntime()), run.rejectedLines(), figures.outcome().result().label(),
                    figures.outcome().endedIn().map(EndedIn::label).orElse(""), figures.outcome().guestStopped().label(),
                    OutcomeWords.cause(run.analysis().outcome()).orElse(""), number(figures.expectedDowntime())));
            Optional<Estimate> error = figures.predictionError();
            row.add(number(error.map(Estimate::value).orElse(OptionalLong.empty())));
            row.add(number(error.map(e -> e.bounds().low()).orElse(OptionalLong.empty())));
            row.add(number(error.map(e -> e.bounds().high()).orElse(OptionalLong.empty())));
            if (strict.isPresent()) {
                for (PolicyVerdict verdict : strict.get().of(i).verdicts()) {
                    row.add(verdict.replayed() ? verdict.outcome().fired().label() : "not replayed");
                    row.add(verdict.outcome().decided().map(VerdictClass::label).orElse(ReplayWords.classes(verdict.outcome())));
                }
            }
            csv.row(row);
        }
        out.flush();
    }

    private static String number(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }
}
