package io.downtime.report.migration;

import io.downtime.report.DisplayNames;
import io.downtime.report.FieldLines;
import io.downtime.report.Figures;
import io.downtime.report.TextTable;
import io.downtime.analysis.LibvirtMigration;
import io.downtime.analysis.LibvirtProcess;
import io.downtime.clock.Estimate;
import io.downtime.crosscheck.CrossCheckInput;
import io.downtime.crosscheck.CrossCheckResult;
import io.downtime.crosscheck.MigrationCrossCheck;
import io.downtime.crosscheck.FigureCheck;
import io.downtime.crosscheck.FigureSource;
import io.downtime.crosscheck.TraceFigure;
import io.downtime.crosscheck.TraceValue;
import io.downtime.libvirt.QemuLifetime;
import io.downtime.run.Role;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The text report's parts that only libvirt logs and cross-check reports bring: the domain logs'
 * QEMU processes, the guest and hosts in a migration's header, and the cross-checks.
 */
final class LibvirtText {
    private LibvirtText() {
    }

    /** Every QEMU process of the domain logs, with what it was: a failed start, a side of a migration. */
    static void processes(PrintWriter out, DisplayNames names, List<ProcessSummary> processes) {
        out.println("libvirt domain logs: QEMU processes (libvirt's times, each host's clock)");
        TextTable table = new TextTable(out)
                .column("LOG", TextTable.Align.LEFT)
                .column("PROCESS", TextTable.Align.RIGHT)
                .column("LINES", TextTable.Align.LEFT)
                .column("GUEST", TextTable.Align.LEFT)
                .column("STARTED", TextTable.Align.LEFT)
                .column("ENDED", TextTable.Align.LEFT)
                .column("WHAT", TextTable.Align.LEFT);
        for (ProcessSummary summary : processes) {
            QemuLifetime process = summary.process();
            table.row(names.of(summary.log()), Integer.toString(process.number()),
                    process.firstLine() + "-" + process.lastLine(), process.guestName().orElse("?"),
                    process.startMicros().isPresent() ? Figures.hostTime(process.startMicros().getAsLong())
                            : "before the log",
                    ended(process), summary.what() + (process.incoming() ? " (-incoming "
                            + process.incomingUri().get() + ")" : ""));
        }
        table.finish();
    }

    private static String ended(QemuLifetime process) {
        if (process.shutdown().isEmpty()) {
            return "running at the end of the log";
        }
        String reason = process.endReason().map(r -> "reason=" + r).orElse("no reason");
        return process.endMicros().isPresent() ? Figures.hostTime(process.endMicros().getAsLong()) + " " + reason : reason;
    }

    /** The guest and each side's host, versions and QEMU process, as header fields. */
    static void header(LibvirtMigration libvirt, BiConsumer<String, String> fields) {
        fields.accept("guest", libvirt.guestName().orElse("(no -name)") + ", UUID " + libvirt.uuid().orElse("unknown")
                + " (from the QEMU command lines libvirt logged)");
        libvirt.source().ifPresent(side -> fields.accept(Role.SOURCE.abbreviation() + " host", host(side)));
        libvirt.destination().ifPresent(side -> fields.accept(Role.DESTINATION.abbreviation() + " host", host(side)));
    }

    private static String host(LibvirtProcess side) {
        QemuLifetime process = side.process();
        List<String> parts = new ArrayList<>();
        parts.add(process.hostname().orElse("(hostname not logged)") + ":");
        process.libvirtVersion().ifPresent(version -> parts.add("libvirt " + version + ","));
        process.qemuVersion().ifPresent(version -> parts.add("QEMU " + version
                + process.startup().flatMap(startup -> startup.qemuPackage()).map(p -> " (" + p.strip() + ")").orElse("")
                + ","));
        parts.add("QEMU process " + process.number() + " of " + side.log() + " (lines " + process.firstLine() + "-"
                + process.lastLine() + ")");
        List<String> options = new ArrayList<>();
        process.incomingUri().ifPresent(uri -> options.add("-incoming " + uri));
        if (process.startedPaused()) {
            options.add("-S");
        }
        if (!options.isEmpty()) {
            parts.add("started with " + String.join(" ", options));
        }
        return String.join(" ", parts);
    }

    /** The trace's figures, then every reported figure against the trace's, then one sentence per mismatch. */
    static void crossChecks(PrintWriter out, DisplayNames names, MigrationCrossCheck checks, CrossCheckResult reports) {
        out.println("Cross-checks (QEMU's and libvirt's own figures beside the trace's, ms; docs/cross-checks.md)");
        FieldLines fields = new FieldLines();
        List<String> inputs = new ArrayList<>();
        boolean beside = false;
        for (CrossCheckInput input : reports.inputs()) {
            inputs.add(names.of(input.report().origin()) + " (" + input.report().source().label()
                    + input.report().direction().map(d -> ", " + d.name().toLowerCase(Locale.ROOT)).orElse("") + ")");
            beside |= input.besideTheLogs();
        }
        fields.add("reports", names.in(String.join(", ", inputs) + (beside ? ": found beside the logs" : "")));
        fields.add("compared", names.in(CrossCheckWords.compared(checks)));
        for (TraceValue value : checks.trace()) {
            if (value.figure() == TraceFigure.BLACKOUT || value.figure() == TraceFigure.QEMU_DOWNTIME) {
                fields.add(value.figure().label(), names.in(value.value().map(Figures::ms)
                        .map(ms -> ms + "  (the trace: " + value.figure().interval() + ")")
                        .orElse("unknown: " + value.unavailable().map(CrossCheckWords::unknown).orElse(""))));
            }
        }
        fields.print(out, "  ");
        TextTable table = new TextTable(out)
                .column("REPORT", TextTable.Align.LEFT)
                .column("FIGURE", TextTable.Align.LEFT)
                .column("REPORTED", TextTable.Align.RIGHT)
                .column("AGAINST", TextTable.Align.LEFT)
                .column("TRACE", TextTable.Align.RIGHT)
                .column("DIFFERENCE", TextTable.Align.RIGHT)
                .column("VERDICT", TextTable.Align.LEFT);
        // A second report repeating a figure already explained (both daemons show libvirt's downtime, QMP and
        // HMP show QEMU's) points to its sentence.
        Map<String, Integer> explained = new LinkedHashMap<>();
        List<String> sentences = new ArrayList<>();
        for (FigureCheck check : checks.checks()) {
            String verdict = check.agreement().label();
            Optional<String> sentence = CrossCheckWords.explanation(check);
            if (sentence.isPresent()) {
                String key = (check.report().source() == FigureSource.VIRSH_DOMJOBINFO ? "libvirt" : "qemu") + "/"
                        + check.figure() + "/" + check.reportedMs();
                Integer number = explained.get(key);
                if (number == null) {
                    sentences.add(sentence.get());
                    number = sentences.size();
                    explained.put(key, number);
                }
                verdict += " (" + number + ")";
            }
            table.row(names.of(check.report().origin()) + check.report().direction()
                            .map(d -> " (" + d.name().toLowerCase(Locale.ROOT) + ")").orElse(""),
                    check.name(), Long.toString(check.reportedMs()), check.figure().against().label(),
                    check.trace().map(Figures::ms).orElse("?"), check.difference().map(LibvirtText::signed).orElse(""),
                    verdict);
        }
        table.finish();
        for (int i = 0; i < sentences.size(); i++) {
            out.println("(" + (i + 1) + ") " + names.in(sentences.get(i)));
        }
        checks.notes().forEach(note -> out.println("note: " + names.in(CrossCheckWords.note(note))));
        out.println();
    }

    private static String signed(Estimate difference) {
        String text = Figures.ms(difference);
        Optional<Long> value = difference.value().stream().boxed().findFirst();
        return value.isPresent() && value.get() > 0 ? "+" + text : text;
    }

}
