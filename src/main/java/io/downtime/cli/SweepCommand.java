package io.downtime.cli;

import io.downtime.report.sweep.SweepFormats;
import io.downtime.report.Destination;
import io.downtime.report.sweep.SweepDocument;
import io.downtime.report.words.ProblemWords;
import io.downtime.report.words.SweepWords;
import io.downtime.strict.LimitRange;
import io.downtime.strict.RoundTrip;
import io.downtime.strict.Sweep;
import io.downtime.runset.SweepCorpus;
import io.downtime.strict.SweepGrid;
import io.downtime.strict.SweepResult;
import io.downtime.strict.TargetAbortRate;
import io.downtime.run.Durations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/** {@code analyzer sweep}: every recorded migration under the paths, replayed for every cell of a grid of limits. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Replay every migration found under the paths (directories of cases, nested) through the"
                + " strict-mode policies for every combination of the limits, and count per cell how many runs fire"
                + " and how many violations are missed; recommend the smallest limits that keep aborts at or under"
                + " a target rate without missing a violation.",
                "Every figure, the CSV columns and the JSON fields are defined in docs/strict-mode.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case was read cleanly",
                "2:bad usage, an unreadable path, no migration found, or rejected lines (the sweep is still made),"
                        + " or an output that could not be written"})
public final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = RunSetPaths.DESCRIPTION)
    List<Path> paths;

    @Option(names = "--downtime-limit", required = true, paramLabel = "FROM:TO:STEP", converter = OptionBounds.Range.class,
            description = "The downtime-limit values, in ms from 0 to 2000000 (100:500:50, or one value).")
    LimitRange downtimeLimits;

    @Option(names = "--switchover-limit", required = true, paramLabel = "FROM:TO:STEP", converter = OptionBounds.Range.class,
            description = {"The switchover-limit values, in ms from 0 to 2000000 (0:100:10, or one value).",
                    "The two ranges make at most 100000 pairs of limits."})
    LimitRange switchoverLimits;

    @Mixin
    PolicyArguments policies;

    @Option(names = "--target-abort-rate", defaultValue = "1%", paramLabel = "RATE",
            description = "The abort rate the recommendation keeps at or under: 1%%, 0.5%% or 0.01 (default: ${DEFAULT-VALUE}).")
    String targetAbortRate;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = {"text, csv, json or html (default: ${DEFAULT-VALUE}).",
                    "html writes one self-contained page (per policy, heatmaps of the abort rate and of the missed"
                            + " violations over the grid, the recommendation, every cell) and needs -o."})
    PageFormat format;

    @Option(names = "--brief", description = "Print only the answer: what was swept and each policy's recommendation"
            + " (the text's first lines, docs/strict-mode.md).")
    boolean brief;

    @Mixin
    OutputFile destination;

    @Mixin
    AlignmentArguments alignment;

    @Override
    public Integer call() {
        destination.checkPage(spec, format == PageFormat.HTML);
        BriefOption.check(spec, brief, format == PageFormat.TEXT);
        PrintWriter err = spec.commandLine().getErr();
        long cells = downtimeLimits.count() * switchoverLimits.count();
        if (cells > OptionBounds.MAX_SWEEP_CELLS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--downtime-limit " + downtimeLimits
                    + " and --switchover-limit " + switchoverLimits + " make " + downtimeLimits.count() + " x "
                    + switchoverLimits.count() + " = " + cells + " pairs of limits; a sweep replays at most "
                    + OptionBounds.MAX_SWEEP_CELLS + " (take a larger step)");
        }
        SweepGrid grid;
        double target;
        try {
            grid = new SweepGrid(downtimeLimits, switchoverLimits);
            target = TargetAbortRate.parse(targetAbortRate);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SweepCorpus.Loaded corpus = SweepCorpus.load(paths.stream().map(Path::toString).toList(), alignment.alignment(OptionalLong.empty()),
                policies.policies(), policies.options(), err::println);
        corpus.notes().forEach(note -> err.println("analyzer: note: " + ProblemWords.note(note)));
        corpus.problems().forEach(problem -> err.println("analyzer: " + ProblemWords.problem(problem)));
        SweepResult result = Sweep.run(corpus.runs(), grid, policies.policies(), target);
        String roundTrip = policies.rtt == null ? "estimated per run from its clock alignment (else assumed "
                + Durations.of(RoundTrip.ASSUMED_MICROS) + ")" : Durations.of(policies.rtt) + ", given with --rtt";
        if (format == PageFormat.CSV) {
            err.println("analyzer: " + SweepWords.CAVEAT);
        }
        Optional<OutputTarget> opened = destination.open(spec, OutputCheck.paths(corpus.files()));
        if (opened.isEmpty()) {
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        try (OutputTarget output = opened.get()) {
            PrintWriter out = output.writer();
            Destination to = new Destination(out, "analyzer " + VersionProvider.version());
            SweepFormats.formats(brief).create(format.format(), to).render(new SweepDocument(
                    paths.stream().map(Path::toString).toList(), corpus.cases(), corpus.lines(), corpus.rejected(),
                    ProblemWords.all(corpus.problems()), roundTrip, result));
            boolean written = output.finish(err);
            err.flush();
            boolean clean = corpus.problems().isEmpty() && corpus.rejected() == 0 && !corpus.runs().isEmpty();
            return clean && written ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }
}
