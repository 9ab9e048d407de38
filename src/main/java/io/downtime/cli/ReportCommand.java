package io.downtime.cli;

import io.downtime.report.migration.ReportFormats;
import io.downtime.report.migration.PerfettoReport;
import io.downtime.report.Format;
import io.downtime.report.Destination;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.crosscheck.CrossCheckFiles;
import io.downtime.crosscheck.CrossCheckResult;
import io.downtime.report.migration.ReportDocument;
import io.downtime.run.LogInputs;
import io.downtime.why.DowntimeLimit;
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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code analyzer report}: one migration, both hosts, one time axis, the true blackout. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Report a migration from the source's and the destination's trace logs: what happened, in order,"
                + " on one clock; where the time went (phases, devices); how long the guest was really stopped,"
                + " against QEMU's own figure.",
                "Every figure is defined in docs/report.md; the JSON fields in docs/report-json.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was made from every line of the inputs",
                "2:bad usage, an unreadable input, no migration found (in the logs, or in one of them: the other is"
                        + " still reported), rejected lines of a log, of a cross-check report or of the --qemu-parameters file (the"
                        + " report is still made; the lines are on stderr as file:line:column: message), or an output that could not be"
                        + " written"})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LOG",
            description = {"The source's and the destination's trace logs (plain or .gz, any order: roles come from"
                    + " the events; more when a source retried to fresh destinations), or one directory holding src.log"
                    + " and dst.log (and src-2.log, dst-2.log, ... of later attempts). libvirt domain logs"
                    + " (/var/log/libvirt/qemu/GUEST.log of the two hosts) are recognised: every migration between"
                    + " them is found. QEMU's stderr beside a log (src.stderr beside src.log) is read too."})
    List<String> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = {"text, json, csv, html or perfetto (default: ${DEFAULT-VALUE}).",
                    "html writes one self-contained page (timeline, blackout, sortable tables) and needs -o.",
                    "perfetto writes a trace (Chrome's Trace Event Format) for ui.perfetto.dev, chrome://tracing or"
                            + " Trace Compass and needs -o (docs/perfetto.md)."})
    ReportFormat format;

    @Option(names = "--brief", description = "Print only the answer: each migration's first lines (its outcome and"
            + " how long the guest was stopped against QEMU's figure, the clock alignment, the biggest part of the"
            + " blackout, QEMU's prediction and the limit; docs/report.md).")
    boolean brief;

    /** The formats of {@code analyzer report}. */
    enum ReportFormat { TEXT, CSV, JSON, HTML, PERFETTO }

    @Mixin
    OutputFile destination;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", converter = OptionBounds.Top.class,
            description = "Non-iterable devices listed before the rest is summed, 0 to 1000000 (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    MigrationLogs logs;

    @Option(names = "--domjobinfo", paramLabel = "FILE",
            description = {"The output of 'virsh domjobinfo GUEST --completed' on either host, repeatable: libvirt's"
                    + " own figures are shown beside the trace's. Without --domjobinfo, --query-migrate or"
                    + " --info-migrate, every *domjobinfo*.txt beside the logs is read."})
    List<String> domjobinfo = new ArrayList<>();

    @Option(names = "--query-migrate", paramLabel = "FILE",
            description = "QEMU's QMP query-migrate reply (JSON) of the source, repeatable: QEMU's own figures beside the trace's.")
    List<String> queryMigrate = new ArrayList<>();

    @Option(names = "--info-migrate", paramLabel = "FILE",
            description = "QEMU's HMP 'info migrate' output of the source (QEMU 10.0 or 10.1 layout), repeatable.")
    List<String> infoMigrate = new ArrayList<>();

    @Option(names = "--downtime-limit", paramLabel = "MS", converter = OptionBounds.LimitMillis.class,
            description = {"QEMU's downtime-limit, in whole ms (0 to 2000000, as QEMU takes it), when it is not the one"
                    + " the trace shows: QEMU's"
                    + " prediction and the blackout are judged against it (docs/why.md). Without it, the limit is"
                    + " derived from QEMU's threshold when the trace holds migrate_transferred."})
    Long downtimeLimit;

    @Option(names = "--qemu-parameters", paramLabel = "FILE",
            description = {"QEMU's downtime-limit from a file: a QMP query-migrate-parameters reply (as virsh"
                    + " qemu-monitor-command prints it, --pretty or not), HMP 'info migrate_parameters' output, or a"
                    + " libvirt debug log holding the migrate-set-parameters libvirt sent (docs/why.md). --downtime-limit"
                    + " takes precedence over it, and it over the trace's threshold."})
    Path qemuParameters;

    @Override
    public Integer call() {
        destination.checkPage(spec, format == ReportFormat.HTML);
        destination.checkTrace(spec, format == ReportFormat.PERFETTO);
        BriefOption.check(spec, brief, format == ReportFormat.TEXT);
        PrintWriter err = spec.commandLine().getErr();
        Optional<MigrationLogs.Selection> selected = logs.select(paths, err);
        if (selected.isEmpty()) {
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        MigrationLogs.Selection selection = selected.get();
        DowntimeLimitArguments.Given given = DowntimeLimitArguments.resolve(downtimeLimit, qemuParameters, err);
        Optional<DowntimeLimit> limit = given.limit();
        List<MigrationAnalysis> analyses = selection.migrations().stream()
                .map(migration -> MigrationAnalysis.of(migration, limit)).toList();
        CrossCheckFiles.Loaded reports = CrossCheckFiles.load(domjobinfo, queryMigrate, infoMigrate,
                logDirectories(selection.located()));
        reports.diagnostics().forEach(diagnostic -> err.println(diagnostic));
        reports.problems().forEach(problem -> err.println("analyzer: " + problem));
        List<String> problems = new ArrayList<>(selection.problems());
        problems.addAll(reports.problems());
        CrossCheckResult crossChecks = CrossCheckResult.of(reports.inputs(), analyses, selection.found().migrations().size());
        List<Path> inputs = new ArrayList<>(OutputCheck.paths(selection.located().files()));
        inputs.addAll(reports.files());
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
            ReportFormats.formats(brief).create(Format.valueOf(format.name()), to).render(new ReportDocument(
                    selection.loaded().accounting(), selection.found(), analyses, problems, top, crossChecks));
            if (format == ReportFormat.PERFETTO) {
                PerfettoReport.untraced(analyses).forEach(note -> err.println("analyzer: " + note));
            }
            boolean written = target.finish(err);
            err.flush();
            boolean clean = selection.clean() && reports.problems().isEmpty() && reports.diagnostics().isEmpty()
                    && given.clean();
            return clean && written ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    /** The directories of the logs, as given (the current directory as the empty path), to name files found there alike. */
    private static List<Path> logDirectories(LogInputs.Located located) {
        return located.logs().stream().map(input -> input.log().path()).flatMap(Optional::stream)
                .map(path -> Objects.requireNonNullElse(path.getParent(), Path.of(""))).distinct().toList();
    }
}
