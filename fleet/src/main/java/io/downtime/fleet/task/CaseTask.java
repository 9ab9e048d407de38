package io.downtime.fleet.task;

import io.downtime.strict.Unreplayable;
import io.downtime.blackout.DeviceTimes;
import io.downtime.clock.AlignmentOptions;
import io.downtime.fleet.input.CaseSpec;
import io.downtime.fleet.input.LogLocator;
import io.downtime.fleet.table.DeviceRow;
import io.downtime.fleet.table.MigrationRow;
import io.downtime.fleet.table.PartRow;
import io.downtime.fleet.table.PhaseRow;
import io.downtime.fleet.table.ProblemRow;
import io.downtime.fleet.table.VerdictRow;
import io.downtime.report.words.FoundNoteWords;
import io.downtime.report.words.ProblemWords;
import io.downtime.run.LogInputs;
import io.downtime.run.Role;
import io.downtime.runset.CaseInput;
import io.downtime.runset.CaseReader;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.SetMigration;
import io.downtime.strict.Limits;
import io.downtime.strict.Policy;
import io.downtime.strict.PreparedRun;
import io.downtime.strict.ReplayOptions;
import io.downtime.strict.Switchover;
import io.downtime.trace.Diagnostic;
import io.downtime.why.BlackoutPart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one case and analyses each of its migrations with the library's own code, exactly as
 * {@code analyzer runs}, {@code analyzer replay} and {@code analyzer sweep} do (the same classes, not a copy):
 * {@link CaseReader} locates, reads, splits, pairs and aligns; {@link RunSetLoader#runs} analyses each migration
 * into the report's figures (the switchover decision and the blackout's parts among them); {@link Switchover}
 * and the policies replay it. Pure Java: the task calls it once per
 * case; the tests call it directly.
 */
public final class CaseTask {
    /** Rejected lines listed one by one in {@code problems} per case; the rest are counted in one more row. */
    public static final int REJECTED_LINES_LISTED = 100;

    private final StrictAsk strict;
    private final List<Policy> policies;
    private final List<Limits> verdictLimits;
    private final ReplayOptions options;

    public CaseTask(StrictAsk strict) {
        this.strict = strict;
        this.policies = strict.policyList();
        this.verdictLimits = strict.verdictLimits();
        this.options = strict.options();
    }

    public CaseResult run(CaseSpec spec, LogLocator locator) {
        List<ProblemRow> problems = new ArrayList<>();
        RejectedLines rejected = new RejectedLines(problems);
        try {
            CaseInput input = new CaseInput(spec.label() == null ? "" : spec.label(), spec.id(),
                    spec.casePaths().stream().map(Path::of).toList());
            LogInputs.Located logs = spec.casePaths().isEmpty() ? locator.locate(spec.logs())
                    : LogInputs.locateFound(input.paths());
            CaseReader.Read read = CaseReader.read(input, logs, AlignmentOptions.automatic(), rejected::add);
            rejected.finish();
            read.problems().forEach(problem -> problems.add(ProblemRow.problem(ProblemWords.problem(problem))));
            read.notes().forEach(note -> problems.add(ProblemRow.note(FoundNoteWords.note(note))));
            return analyse(RunSetLoader.runs(read), problems);
        } catch (RuntimeException | StackOverflowError e) {
            // A case that breaks the analysis is a problem of that case; the others still count.
            problems.add(ProblemRow.problem(spec.id() + ": could not be analysed: " + e));
            return new CaseResult(List.of(), List.of(), List.of(), List.of(), List.of(), problems, List.of());
        }
    }

    private CaseResult analyse(List<SetMigration> runs, List<ProblemRow> problems) {
        List<MigrationRow> migrations = new ArrayList<>();
        List<DeviceRow> devices = new ArrayList<>();
        List<PhaseRow> phases = new ArrayList<>();
        List<PartRow> parts = new ArrayList<>();
        List<VerdictRow> verdicts = new ArrayList<>();
        List<PreparedRun> prepared = new ArrayList<>();
        for (SetMigration run : runs) {
            int migration = run.ref().migration();
            Optional<Unreplayable> unreplayable = Optional.empty();
            if (strict.any()) {
                Switchover switchover = Switchover.of(run.analysis().migration());
                unreplayable = switchover.unreplayable();
                if (strict.grid() != null) {
                    prepared.add(PreparedRun.of(run.ref().name(), switchover, policies, options));
                }
                for (Limits limits : verdictLimits) {
                    for (Policy policy : policies) {
                        verdicts.add(new VerdictRow(migration, policy.replay(switchover, limits, options)));
                    }
                }
            }
            migrations.add(new MigrationRow(run, unreplayable));
            List<DeviceTimes> times = run.figures().devices();
            for (int i = 0; i < times.size(); i++) {
                DeviceTimes device = times.get(i);
                if (device.save().isPresent()) {
                    devices.add(new DeviceRow(migration, i, device, Role.SOURCE));
                }
                if (device.load().isPresent()) {
                    devices.add(new DeviceRow(migration, i, device, Role.DESTINATION));
                }
            }
            for (int i = 0; i < run.figures().phases().size(); i++) {
                phases.add(new PhaseRow(migration, i, run.figures().phases().get(i)));
            }
            List<BlackoutPart> blackoutParts = run.analysis().why().parts().parts();
            for (int i = 0; i < blackoutParts.size(); i++) {
                parts.add(new PartRow(migration, i, blackoutParts.get(i)));
            }
        }
        return new CaseResult(migrations, devices, phases, parts, verdicts, problems, prepared);
    }

    /** The case's rejected lines as rows, the first {@link #REJECTED_LINES_LISTED} of them, then a count of the rest. */
    private static final class RejectedLines {
        private final List<ProblemRow> rows;
        private int listed;
        private long more;

        RejectedLines(List<ProblemRow> rows) {
            this.rows = rows;
        }

        void add(Diagnostic diagnostic) {
            if (listed < REJECTED_LINES_LISTED) {
                listed++;
                rows.add(new ProblemRow(ProblemRow.REJECTED_LINE, diagnostic.where().file(), diagnostic.where().line(),
                        diagnostic.column(), diagnostic.message()));
            } else {
                more++;
            }
        }

        void finish() {
            if (more > 0) {
                rows.add(new ProblemRow(ProblemRow.REJECTED_LINE, null, null, null, more
                        + " more rejected lines in this case, not listed (the migrations' rejected_lines counts them)"));
            }
        }
    }
}
