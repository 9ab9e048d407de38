package io.downtime.cli;

import io.downtime.report.compare.ComparisonFormats;
import io.downtime.report.Destination;
import io.downtime.compare.Comparison;
import io.downtime.compare.ComparisonMethod;
import io.downtime.compare.RunSetComparer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code analyzer compare}: two run sets side by side, per figure, with a verdict that survives noise. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare two run sets (say firmware A and firmware B): the blackout, QEMU's figure, every phase"
                + " and every device's save and load time, each with count, median, p95 or max, the change of the"
                + " median, an exact rank test and a bootstrap interval, ordered by impact on the blackout.",
                "A change is reported only when it is significant and larger than both floors."
                        + " See docs/compare.md for every figure and why the defaults are what they are."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the comparison was made from every line of the inputs (whatever it found: use analyzer"
                + " gate to fail a pipeline)",
                "2:bad usage, an input that cannot be read or holds no migration, or rejected lines"
                        + " (the comparison is still printed when both sets have migrations), or an output that could"
                        + " not be written"})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE_PATH",
            description = {"The baseline run set. " + RunSetPaths.DESCRIPTION, "Or a baseline file made by analyzer baseline."})
    String baselinePath;

    @Parameters(index = "1", paramLabel = "CANDIDATE_PATH", description = "The candidate run set, given the same ways.")
    String candidatePath;

    @Option(names = "--baseline-label", paramLabel = "NAME",
            description = "The baseline's name in the output (default: the path's name, or the baseline file's label).")
    String baselineLabel;

    @Option(names = "--candidate-label", paramLabel = "NAME",
            description = "The candidate's name in the output (default: the path's name).")
    String candidateLabel;

    @Mixin
    ThresholdArguments thresholds;

    @Mixin
    AlignmentArguments alignment;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = {"text, csv, json or html (default: ${DEFAULT-VALUE}).",
                    "html writes one self-contained page (the changes of the blackout, the phases and the devices as"
                            + " bars with their intervals, regressions highlighted, every figure) and needs -o."})
    PageFormat format;

    @Option(names = "--brief", description = "Print only the answer: how many figures regressed and improved, and"
            + " the biggest regression and improvement (the text's first lines, docs/compare.md).")
    boolean brief;

    @Mixin
    OutputFile destination;

    @Option(names = "--top", defaultValue = "25", paramLabel = "N", converter = OptionBounds.Top.class,
            description = "Text: rows of the figure table; figures without a change beyond them are counted, not"
                    + " listed (0 lists all; at most 1000000; default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        destination.checkPage(spec, format == PageFormat.HTML);
        BriefOption.check(spec, brief, format == PageFormat.TEXT);
        PrintWriter err = spec.commandLine().getErr();
        SetSide baseline = SetSide.load(baselinePath, Optional.ofNullable(baselineLabel), alignment, err);
        SetSide candidate = SetSide.load(candidatePath, Optional.ofNullable(candidateLabel), alignment, err);
        if (baseline.figures().isEmpty() || candidate.figures().isEmpty()) {
            String empty = baseline.figures().isEmpty() ? baselinePath : candidatePath;
            err.println("analyzer: no migration found in " + empty + ": nothing to compare");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        Comparison comparison = RunSetComparer.compare(baseline.label(), baseline.figures(), candidate.label(),
                candidate.figures(), thresholds.thresholds(), ComparisonMethod.defaults());
        List<Path> inputs = new ArrayList<>(baseline.files());
        inputs.addAll(candidate.files());
        Optional<OutputTarget> opened = destination.open(spec, inputs);
        if (opened.isEmpty()) {
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        try (OutputTarget target = opened.get()) {
            PrintWriter out = target.writer();
            Destination to = new Destination(out, "analyzer " + VersionProvider.version());
            ComparisonFormats.formats(top, brief).create(format.format(), to).render(comparison);
            boolean written = target.finish(err);
            err.flush();
            return baseline.clean() && candidate.clean() && written ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }
}
