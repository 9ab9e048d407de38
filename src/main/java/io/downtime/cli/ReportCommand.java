package io.downtime.cli;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.EvidenceSwitch;
import io.downtime.crosscheck.CrossCheck;
import io.downtime.crosscheck.CrossCheckFiles;
import io.downtime.crosscheck.CrossCheckReport;
import io.downtime.report.ReportDocument;
import io.downtime.report.ReportRenderer;
import io.downtime.run.FoundMigrations;
import io.downtime.run.LogInputs;
import io.downtime.run.LogLoader;
import io.downtime.run.MigrationFinder;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/** {@code analyzer report}: one migration, both hosts, one time axis, the true blackout. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Report a migration from the source's and the destination's trace logs: what happened, in order,"
                + " on one clock; where the time went (phases, devices); how long the guest was really stopped,"
                + " against QEMU's own figure.",
                "Every figure is defined in docs/report.md; the JSON fields in docs/report-json.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was made from every line of the inputs",
                "2:bad usage, an unreadable input, no migration found, rejected lines of a log or of a cross-check"
                        + " report (the report is still made; the lines are on stderr as file:line:column: message),"
                        + " or an output that could not be written"})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "LOG",
            description = {"The source's and the destination's trace logs (plain or .gz, any order: roles come from"
                    + " the events), or one directory holding src.log and dst.log. libvirt domain logs"
                    + " (/var/log/libvirt/qemu/GUEST.log of the two hosts) are recognised: every migration between"
                    + " them is found. QEMU's stderr beside a log (src.stderr beside src.log) is read too."})
    List<String> paths;

    /** The report's formats: the listing formats, and a page. */
    enum Format { TEXT, CSV, JSON, HTML }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = {"text, json, csv or html (default: ${DEFAULT-VALUE}).",
                    "html writes one self-contained page (timeline, blackout, sortable tables) and needs -o."})
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output (- for standard output).")
    String output;

    @Option(names = "--run", paramLabel = "N",
            description = "Report only the N-th migration when the logs hold several (they are listed first).")
    Integer run;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N",
            description = "Non-iterable devices listed before the rest is summed (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class,
            description = "The role of the first log, src or dst (the other log gets the other); default: from the events.")
    Role role;

    @Option(names = "--stderr", paramLabel = "FILE",
            description = "QEMU's stderr of a log, repeatable: the n-th belongs to the n-th log (default: NAME.stderr beside NAME.log).")
    List<String> stderr = new ArrayList<>();

    @Option(names = "--clock-offset", paramLabel = "DURATION", converter = ClockOffsetConverter.class,
            description = "The destination's clock minus the source's, when known from NTP/PTP: -169.3s, 250ms, 1200us.")
    Long clockOffset;

    @Option(names = "--return-path", defaultValue = "auto", paramLabel = "WHEN",
            description = "Whether src-downtime-end waits for the destination (the return-path capability): auto, on"
                    + " or off (default: ${DEFAULT-VALUE}, decided from the trace).")
    EvidenceSwitch returnPath;

    @Option(names = "--handshake", defaultValue = "auto", paramLabel = "WHEN",
            description = "Whether the source QEMU opened the connection itself, so that the destination's active"
                    + " follows the source's setup: auto, on or off (default: ${DEFAULT-VALUE}: off for migrations"
                    + " found in libvirt domain logs, as libvirt passes QEMU a connected socket; else used unless"
                    + " the trace contradicts it).")
    EvidenceSwitch handshake;

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

    @Override
    public Integer call() {
        if (format == Format.HTML && output == null) {
            throw new ParameterException(spec.commandLine(),
                    "--format html writes a page: give -o FILE (or -o - for standard output)");
        }
        PrintWriter err = spec.commandLine().getErr();
        LogInputs.Located located = LogInputs.locate(paths, stderr);
        located.problems().forEach(problem -> err.println("analyzer: " + problem));
        if (located.logs().isEmpty()) {
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        LogLoader.Loaded loaded = LogLoader.load(located.logs(), diagnostic -> err.println(diagnostic));
        loaded.problems().forEach(problem -> err.println("analyzer: " + problem));
        FoundMigrations found = MigrationFinder.standard().find(loaded.logs(), Optional.ofNullable(role));
        if (found.migrations().isEmpty()) {
            found.notes().forEach(note -> err.println("analyzer: " + note));
            err.println("analyzer: no migration found in " + String.join(", ", paths));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        List<MigrationPair> selected = found.migrations();
        if (run != null) {
            if (run < 1 || run > found.migrations().size()) {
                err.println("analyzer: --run " + run + ": the logs hold " + found.migrations().size()
                        + " migration" + (found.migrations().size() == 1 ? "" : "s"));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            selected = List.of(found.migrations().get(run - 1));
        }
        AlignmentOptions options = new AlignmentOptions(returnPath, handshake,
                clockOffset == null ? OptionalLong.empty() : OptionalLong.of(clockOffset));
        List<MigrationAnalysis> analyses = new ArrayList<>();
        for (MigrationPair pair : selected) {
            analyses.add(MigrationAnalysis.of(AlignedMigration.align(pair, options)));
        }
        CrossCheckFiles.Loaded reports = CrossCheckFiles.load(domjobinfo, queryMigrate, infoMigrate, logDirectories(located));
        reports.diagnostics().forEach(diagnostic -> err.println(diagnostic));
        reports.problems().forEach(problem -> err.println("analyzer: " + problem));
        List<String> problems = new ArrayList<>(located.problems());
        problems.addAll(loaded.problems());
        problems.addAll(reports.problems());
        CrossCheckReport crossChecks = CrossCheck.of(reports.inputs(), analyses, found.migrations().size());
        boolean toStdout = output == null || output.equals("-");
        PrintWriter out;
        try {
            out = toStdout ? spec.commandLine().getOut()
                    : new PrintWriter(Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8));
        } catch (IOException | InvalidPathException e) {
            err.println("analyzer: " + output + ": cannot write: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        ReportRenderer renderer = format == Format.HTML
                ? ReportRenderer.html(out, "analyzer " + VersionProvider.version())
                : ReportRenderer.create(format.name().toLowerCase(Locale.ROOT), out);
        renderer.render(new ReportDocument(loaded.accounting(), found, analyses, problems, top, crossChecks));
        out.flush();
        // PrintWriter keeps write errors to itself (a full disk, a closed pipe): ask for them.
        boolean written = !out.checkError();
        if (!written) {
            err.println("analyzer: " + (toStdout ? "standard output" : output) + ": write failed");
        }
        if (!toStdout) {
            out.close();
        }
        err.flush();
        boolean clean = problems.isEmpty() && loaded.clean() && reports.diagnostics().isEmpty();
        return clean && written ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** The directories of the logs, as given (the current directory as the empty path), to name files found there alike. */
    private static List<Path> logDirectories(LogInputs.Located located) {
        return located.logs().stream().map(input -> input.log().path()).flatMap(Optional::stream)
                .map(path -> Objects.requireNonNullElse(path.getParent(), Path.of(""))).distinct().toList();
    }
}
