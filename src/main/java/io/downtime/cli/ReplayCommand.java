package io.downtime.cli;

import io.downtime.report.replay.ReplayFormats;
import io.downtime.report.migration.PerfettoReport;
import io.downtime.report.Format;
import io.downtime.report.Destination;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.report.replay.ReplayDocument;
import io.downtime.strict.Limits;
import io.downtime.strict.MigrationReplay;
import io.downtime.strict.ReplayOptions;
import io.downtime.strict.StrictReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code analyzer replay}: would strict mode have fired on this recorded migration, where, and what would it miss. */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Replay a recorded migration through strict-mode abort policies: the RFC as written (rfc), a total"
                + " budget with perfect knowledge (total), and a source-authoritative abort with an acknowledgement"
                + " (source-ack). For each: whether it fires, where, the downtime every check perceives, the verdict"
                + " class against the true blackout, and the time it could not see.",
                "Every figure is defined in docs/strict-mode.md, with the JSON fields."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the replay was made from every line of the inputs (whether or not a policy fires)",
                "2:bad usage, an unreadable input, no migration found (in the logs, or in one of them: the other is"
                        + " still replayed), rejected lines, or an output that could not be written"})
public final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LOG",
            description = "The source's and the destination's trace logs (any order; more when a source retried to"
                    + " fresh destinations), or one directory holding src.log and dst.log (and dst-2.log, ... of"
                    + " later attempts).")
    List<String> paths;

    @Option(names = "--downtime-limit", paramLabel = "MS", converter = OptionBounds.LimitMillis.class,
            description = "QEMU's downtime-limit, in ms (0 to 2000000, as QEMU takes it); this or --qemu-parameters"
                    + " is required.")
    Long downtimeLimit;

    @Option(names = "--qemu-parameters", paramLabel = "FILE",
            description = {"Replay at the downtime-limit QEMU had: read from a QMP query-migrate-parameters reply,"
                    + " HMP 'info migrate_parameters' output or a libvirt debug log (docs/why.md).",
                    "--downtime-limit takes precedence over it."})
    Path qemuParameters;

    @Option(names = "--switchover-limit", required = true, paramLabel = "MS", converter = OptionBounds.LimitMillis.class,
            description = "The RFC's switchover-limit, in ms, 0 to 2000000 (the RFC aborts at downtime-limit +"
                    + " switchover-limit).")
    long switchoverLimit;

    @Mixin
    PolicyArguments policies;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = {"text, json, html or perfetto (default: ${DEFAULT-VALUE}).",
                    "html writes one self-contained page (the timeline with each policy's checks and firings,"
                            + " sortable tables) and needs -o.",
                    "perfetto writes the report's trace with each policy's checks and firings, for ui.perfetto.dev,"
                            + " chrome://tracing or Trace Compass, and needs -o (docs/perfetto.md)."})
    ReplayFormat format;

    @Option(names = "--brief", description = "Print only the answer: one sentence per policy (the text's first"
            + " lines, docs/strict-mode.md).")
    boolean brief;

    @Mixin
    OutputFile destination;

    @Mixin
    MigrationLogs logs;

    /** The formats of {@code analyzer replay}. */
    enum ReplayFormat { TEXT, JSON, HTML, PERFETTO }

    @Override
    public Integer call() {
        destination.checkPage(spec, format == ReplayFormat.HTML);
        destination.checkTrace(spec, format == ReplayFormat.PERFETTO);
        BriefOption.check(spec, brief, format == ReplayFormat.TEXT);
        if (downtimeLimit == null && qemuParameters == null) {
            throw new ParameterException(spec.commandLine(),
                    "give the downtime-limit to replay at: --downtime-limit MS or --qemu-parameters FILE");
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<MigrationLogs.Selection> selected = logs.select(paths, err);
        if (selected.isEmpty()) {
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        MigrationLogs.Selection selection = selected.get();
        DowntimeLimitArguments.Given given = DowntimeLimitArguments.resolve(downtimeLimit, qemuParameters, err);
        if (given.limit().isEmpty()) {
            err.println("analyzer: no downtime-limit to replay at: " + qemuParameters + " gave none");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        Limits limits = new Limits(given.limit().get().micros() / 1000, switchoverLimit);
        ReplayOptions options = policies.options();
        List<MigrationReplay> replays = new ArrayList<>();
        for (AlignedMigration migration : selection.migrations()) {
            replays.add(StrictReplay.replay(migration, policies.policies(), limits, options));
        }
        // The page and the trace draw the replay over the report's timeline: each migration's analysis
        List<MigrationAnalysis> analyses = selection.migrations().stream().map(MigrationAnalysis::of).toList();
        List<Path> inputs = new ArrayList<>(OutputCheck.paths(selection.located().files()));
        if (qemuParameters != null) {
            inputs.add(qemuParameters);
        }
        Optional<OutputTarget> opened = destination.open(spec, inputs);
        if (opened.isEmpty()) {
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        try (OutputTarget target = opened.get()) {
            PrintWriter out = target.writer();
            Destination to = new Destination(out, "analyzer " + VersionProvider.version());
            ReplayFormats.formats(brief).create(Format.valueOf(format.name()), to).render(new ReplayDocument(selection.loaded().accounting(), selection.found(), replays, analyses,
                            limits, selection.problems()));
            if (format == ReplayFormat.PERFETTO) {
                PerfettoReport.untraced(analyses).forEach(note -> err.println("analyzer: " + note));
            }
            boolean written = target.finish(err);
            err.flush();
            return selection.clean() && given.clean() && written ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }
}
