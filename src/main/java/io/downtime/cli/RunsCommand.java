package io.downtime.cli;

import io.downtime.report.runs.SummaryDocument;
import io.downtime.report.runs.RunSetFormats;
import io.downtime.report.runs.RunSetDocument;
import io.downtime.report.Destination;
import io.downtime.report.runs.RunSetSummary;
import io.downtime.runset.RunSet;
import io.downtime.runset.StrictVerdicts;
import io.downtime.strict.Limits;
import io.downtime.strict.ReplayOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code analyzer runs}: what a run set holds, so that a user can check the inputs before trusting a comparison. */
@Command(name = "runs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List every migration found under the paths (a run set): its label, its source and destination"
                + " runs and how they were paired, its outcome, clock alignment and blackout; then counts by label.",
                "Check this before trusting analyzer compare or analyzer gate. See docs/compare.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read and every line understood or accounted for",
                "2:bad usage, an input that cannot be read or holds no migration, or rejected lines"
                        + " (the listing is still printed; the lines are on stderr as file:line:column: message)"})
public final class RunsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunSetArguments inputs;

    @Option(names = "--label", paramLabel = "NAME",
            description = "The label of every migration found (default: the name of the path each was found under).")
    String label;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = {"text, csv, json or openmetrics (default: ${DEFAULT-VALUE}).",
                    "openmetrics: the blackout histogram, the outcomes and, with --downtime-limit, the strict-mode"
                            + " aborts, labelled by the label only (docs/fleet.md, Metrics)."})
    OutputFormat format;

    @Option(names = "--downtime-limit", paramLabel = "MS", converter = OptionBounds.LimitMillis.class,
            description = "Also give each migration's strict-mode verdicts (as analyzer replay) at this downtime-limit"
                    + " (0 to 2000000 ms).")
    Long downtimeLimit;

    @Option(names = "--switchover-limit", defaultValue = "0", paramLabel = "MS", converter = OptionBounds.LimitMillis.class,
            description = "The switchover-limit of those verdicts, 0 to 2000000 ms (default: ${DEFAULT-VALUE}).")
    long switchoverLimit;

    @Option(names = "--policy", defaultValue = "all", paramLabel = "POLICY", converter = PolicyChoiceConverter.class,
            description = "The policies of those verdicts: rfc, total, source-ack or all (default: ${DEFAULT-VALUE}).")
    PolicyChoice policy;

    @Option(names = "--summary", description = {"Instead of the listing: across the migrations, per checkpoint pair"
            + " (phase) and per device (saves and loads ranked apart), the median, p95 and max, largest median first"
            + " (docs/compare.md, Summary of a run set). Text, csv or json."})
    boolean summary;

    @Option(names = "--brief", description = "Print only the answer: how many migrations, how they ended, the range"
            + " of the known blackouts, the clock alignments, the pairs (the text's first lines, docs/compare.md).")
    boolean brief;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", converter = OptionBounds.Top.class,
            description = "With --summary: how many phases, device saves and device loads the text shows, each"
                    + " (0 to 1000000; default: ${DEFAULT-VALUE}); csv and json hold them all.")
    int top;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (summary && (format == OutputFormat.OPENMETRICS || downtimeLimit != null)) {
            throw new ParameterException(spec.commandLine(), "--summary takes --format text, csv or json, and no"
                    + " strict-mode limits");
        }
        BriefOption.check(spec, brief, format == OutputFormat.TEXT);
        if (brief && summary) {
            throw new ParameterException(spec.commandLine(), "--brief prints the listing's first lines: give it without"
                    + " --summary");
        }
        RunSet runs = inputs.load(Optional.ofNullable(label), err);
        if (summary) {
            RunSetFormats.summary(top).create(format.format(), new Destination(out, "analyzer " + VersionProvider.version()))
                    .render(new SummaryDocument(runs, RunSetSummary.of(runs.figures())));
            out.flush();
            err.flush();
            return runs.clean() && !runs.runs().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
        Optional<StrictVerdicts> strict = Optional.ofNullable(downtimeLimit).map(limit ->
                StrictVerdicts.of(runs, policy.policies(), new Limits(limit, switchoverLimit), ReplayOptions.defaults()));
        RunSetFormats.listing(brief).create(format.format(), new Destination(out, "analyzer " + VersionProvider.version()))
                .render(new RunSetDocument(runs, strict));
        out.flush();
        err.flush();
        return runs.clean() && !runs.runs().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
